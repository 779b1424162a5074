package org.unionworks.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.model.SocialOrgStatus;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.shared.infrastructure.LikePatterns;
import org.unionworks.shared.model.DomainException;

@ApplicationScoped
public class JpaSocialOrganizationRepository implements SocialOrganizationRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "s.name",
            "creditCode", "s.creditCode",
            "registeredOn", "s.registeredOn",
            "status", "s.status",
            "supervisingUnit", "u.name");

    @Inject
    EntityManager em;

    @Override
    public Optional<SocialOrganization> find(OrgScope scope, long id) {
        return em.createQuery("SELECT s FROM SocialOrganization s WHERE s.id = :id AND s.path LIKE :scope",
                        SocialOrganization.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<SocialOrganization> findUsableAsEmployer(OrgScope scope, long id) {
        return em.createQuery("SELECT s FROM SocialOrganization s WHERE s.id = :id AND (s.path LIKE :scope"
                        + " OR s.path IN :ancestors)", SocialOrganization.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .setParameter("ancestors", ancestorPaths(scope))
                .getResultStream().findFirst();
    }

    @Override
    public List<SocialOrganization> usableAsEmployer(OrgScope scope, String nameContains, int max) {
        String text = nameContains == null || nameContains.isBlank() ? null : nameContains;
        TypedQuery<SocialOrganization> q = em.createQuery("SELECT s FROM SocialOrganization s JOIN FETCH s.supervisingUnit"
                + " LEFT JOIN FETCH s.incubatedBy WHERE (s.path LIKE :scope"
                + " OR s.path IN :ancestors) AND s.status = :active"
                + (text == null ? "" : " AND LOWER(s.name) LIKE :name" + LikePatterns.ESCAPE_CLAUSE)
                + " ORDER BY s.name", SocialOrganization.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("ancestors", ancestorPaths(scope))
                .setParameter("active", SocialOrgStatus.ACTIVE);
        if (text != null) {
            q.setParameter("name", LikePatterns.containsIgnoreCase(text));
        }
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public Optional<SocialOrganization> findByCreditCode(String creditCode) {
        return em.createQuery("SELECT s FROM SocialOrganization s WHERE s.creditCode = :code", SocialOrganization.class)
                .setParameter("code", org.unionworks.organization.model.CreditCode.parse(creditCode))
                .getResultStream().findFirst();
    }

    @Override
    public List<SocialOrganization> findPage(OrgScope scope, String nameContains, SocialOrgStatus status, int offset,
                                             int size, String sortField, boolean ascending) {
        String order = SORTABLE.get(sortField == null ? "name" : sortField);
        if (order == null) {
            throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
        }
        // fetched with the row: the list shows both unit names
        TypedQuery<SocialOrganization> q = em.createQuery("SELECT s FROM SocialOrganization s JOIN FETCH s.supervisingUnit u"
                + " LEFT JOIN FETCH s.incubatedBy WHERE " + where(nameContains, status) + " ORDER BY " + order + (ascending ? " ASC" : " DESC")
                + ", s.id", SocialOrganization.class);
        bind(q, scope, nameContains, status);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrgScope scope, String nameContains, SocialOrgStatus status) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(s) FROM SocialOrganization s WHERE "
                + where(nameContains, status), Long.class);
        bind(q, scope, nameContains, status);
        return q.getSingleResult();
    }

    @Override
    public List<SocialOrganization> supervisedBy(OrgUnit unit) {
        return em.createQuery("SELECT s FROM SocialOrganization s WHERE s.supervisingUnit = :unit"
                        + " AND s.status <> :gone ORDER BY s.id", SocialOrganization.class)
                .setParameter("unit", unit)
                .setParameter("gone", SocialOrgStatus.DEREGISTERED)
                .getResultList();
    }

    @Override
    public long countSupervisedBy(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(s) FROM SocialOrganization s WHERE s.supervisingUnit = :unit"
                        + " AND s.status <> :gone", Long.class)
                .setParameter("unit", unit)
                .setParameter("gone", SocialOrgStatus.DEREGISTERED)
                .getSingleResult();
    }

    @Override
    public void add(SocialOrganization organization) {
        em.persist(organization);
    }

    /** "/1/5/9/" → "/1/", "/1/5/" (the unit's own path is covered by the scope pattern). */
    static List<String> ancestorPaths(OrgScope scope) {
        List<String> paths = new ArrayList<>();
        String path = scope.rootPath();
        for (int i = path.indexOf('/', 1); i > 0 && i < path.length() - 1; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        if (paths.isEmpty()) {
            paths.add(path);
        }
        return paths;
    }

    private static String where(String nameContains, SocialOrgStatus status) {
        return "s.path LIKE :scope"
                + (nameContains == null || nameContains.isBlank() ? "" : " AND LOWER(s.name) LIKE :name" + LikePatterns.ESCAPE_CLAUSE)
                + (status == null ? "" : " AND s.status = :status");
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, String nameContains, SocialOrgStatus status) {
        q.setParameter("scope", scope.likePattern());
        if (nameContains != null && !nameContains.isBlank()) {
            q.setParameter("name", LikePatterns.containsIgnoreCase(nameContains));
        }
        if (status != null) {
            q.setParameter("status", status);
        }
    }
}
