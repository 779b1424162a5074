package org.unionworks.imports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportJobRepository;
import org.unionworks.imports.model.ImportRowError;
import org.unionworks.imports.model.ImportStatus;

/** JPQL over {@code import_job} and {@code import_row_error}. */
@ApplicationScoped
public class JpaImportJobRepository implements ImportJobRepository {

    private static final int ERROR_PAGE = 500;

    @Inject
    EntityManager em;

    @Override
    public Optional<ImportJob> find(OrgScope scope, long id) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.id = :id AND j.path LIKE :scope", ImportJob.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public List<ImportJob> recent(OrgScope scope, ImportKind kind, int max) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.path LIKE :scope AND j.kind = :kind"
                        + " ORDER BY j.createdAt DESC, j.id DESC", ImportJob.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("kind", kind)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<ImportJob> committedWithSameFile(OrgScope scope, ImportKind kind, String sha256, long exceptJobId) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.fileSha256 = :sha AND j.path LIKE :scope"
                        + " AND j.kind = :kind AND j.status = :committed AND j.id <> :except ORDER BY j.finishedAt DESC",
                        ImportJob.class)
                .setParameter("sha", sha256)
                .setParameter("kind", kind)
                .setParameter("scope", scope.likePattern())
                .setParameter("committed", ImportStatus.COMMITTED)
                .setParameter("except", exceptJobId)
                .setMaxResults(5)
                .getResultList();
    }

    @Override
    public List<ImportJob> inStates(List<ImportStatus> states, OffsetDateTime createdBefore) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.status IN :states AND j.createdAt < :before",
                        ImportJob.class)
                .setParameter("states", states)
                .setParameter("before", createdBefore)
                .getResultList();
    }

    @Override
    public void add(ImportJob job) {
        em.persist(job);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addError(ImportRowError error) {
        em.persist(error);
    }

    @Override
    public List<ImportRowError> errors(ImportJob job, int max) {
        return em.createQuery("SELECT e FROM ImportRowError e WHERE e.job = :job ORDER BY e.rowNumber",
                        ImportRowError.class)
                .setParameter("job", job)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void forEachError(ImportJob job, Consumer<ImportRowError> action) {
        // keyset pages, read-only (not kept by the persistence context): a report of 200,000 rows never sits in memory
        int after = -1;
        List<ImportRowError> page;
        do {
            page = em.createQuery("SELECT e FROM ImportRowError e WHERE e.job = :job AND e.rowNumber > :after"
                            + " ORDER BY e.rowNumber", ImportRowError.class)
                    .setParameter("job", job)
                    .setParameter("after", after)
                    .setHint("eclipselink.read-only", true)
                    .setMaxResults(ERROR_PAGE)
                    .getResultList();
            page.forEach(action);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).getRowNumber();
            }
        } while (page.size() == ERROR_PAGE);
    }

    @Override
    public void deleteErrors(ImportJob job) {
        em.createQuery("DELETE FROM ImportRowError e WHERE e.job = :job").setParameter("job", job).executeUpdate();
    }
}
