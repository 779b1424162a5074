package org.unionworks.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.model.Activist;
import org.unionworks.registry.model.ActivistFilter;
import org.unionworks.registry.model.ActivistRepository;
import org.unionworks.registry.model.ActivistStatus;
import org.unionworks.shared.infrastructure.LikePatterns;
import org.unionworks.shared.model.DomainException;

/** JPQL over {@code activist}: the scope is a prefix match on its tree path. */
@ApplicationScoped
public class JpaActivistRepository implements ActivistRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "fullName", "a.fullName",
            "kind", "a.kind",
            "orgUnitName", "o.name",
            "registeredOn", "a.registeredOn",
            "status", "a.status");

    @Inject
    EntityManager em;

    @Override
    public Optional<Activist> find(OrgScope scope, long id) {
        return em.createQuery("SELECT a FROM Activist a WHERE a.id = :id AND a.path LIKE :scope", Activist.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<Activist> findPage(OrgScope scope, ActivistFilter filter, int offset, int size, String sortField,
                                   boolean ascending) {
        String order = SORTABLE.get(sortField == null ? "fullName" : sortField);
        if (order == null) {
            throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
        }
        TypedQuery<Activist> q = em.createQuery("SELECT a FROM Activist a JOIN FETCH a.orgUnit o WHERE "
                + where(filter) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id", Activist.class);
        bind(q, scope, filter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrgScope scope, ActivistFilter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Activist a WHERE " + where(filter), Long.class);
        bind(q, scope, filter);
        return q.getSingleResult();
    }

    @Override
    public List<Activist> notPromotedAt(OrgUnit unit) {
        return em.createQuery("SELECT a FROM Activist a WHERE a.orgUnit = :unit AND a.status <> :promoted",
                        Activist.class)
                .setParameter("unit", unit)
                .setParameter("promoted", ActivistStatus.PROMOTED)
                .getResultList();
    }

    @Override
    public void add(Activist activist) {
        em.persist(activist);
    }

    private static String where(ActivistFilter f) {
        StringBuilder sb = new StringBuilder("a.path LIKE :scope");
        if (f.nameStartsWith() != null && !f.nameStartsWith().isBlank()) {
            sb.append(" AND a.fullName LIKE :name").append(LikePatterns.ESCAPE_CLAUSE);
        }
        if (f.kind() != null) {
            sb.append(" AND a.kind = :kind");
        }
        if (f.status() != null) {
            sb.append(" AND a.status = :status");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, ActivistFilter f) {
        q.setParameter("scope", scope.likePattern());
        if (f.nameStartsWith() != null && !f.nameStartsWith().isBlank()) {
            q.setParameter("name", LikePatterns.startsWith(f.nameStartsWith().strip()));
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
    }
}
