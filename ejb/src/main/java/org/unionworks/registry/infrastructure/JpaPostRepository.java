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
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.shared.model.DomainException;

@ApplicationScoped
public class JpaPostRepository implements PostRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "p.title",
            "orgUnitName", "o.name",
            "serviceField", "p.serviceField",
            "grade", "p.grade",
            "establishedOn", "p.establishedOn",
            "holderName", "h.fullName");

    @Inject
    EntityManager em;

    @Override
    public Optional<Post> find(OrgScope scope, long id) {
        return em.createQuery("SELECT p FROM Post p WHERE p.id = :id AND p.path LIKE :scope", Post.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<Post> findPage(OrgScope scope, PostFilter filter, int offset, int size, String sortField,
                               boolean ascending) {
        String order = SORTABLE.get(sortField == null ? "orgUnitName" : sortField);
        if (order == null) {
            throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
        }
        TypedQuery<Post> q = em.createQuery("SELECT p FROM Post p JOIN FETCH p.orgUnit o LEFT JOIN FETCH p.holder h"
                + " WHERE " + where(filter) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", p.id", Post.class);
        bind(q, scope, filter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrgScope scope, PostFilter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM Post p LEFT JOIN p.holder h WHERE " + where(filter),
                Long.class);
        bind(q, scope, filter);
        return q.getSingleResult();
    }

    @Override
    public List<Post> openPostsOf(OrgUnit unit) {
        return em.createQuery("SELECT p FROM Post p LEFT JOIN FETCH p.holder WHERE p.orgUnit = :unit"
                        + " AND p.abolishedOn IS NULL ORDER BY p.id", Post.class)
                .setParameter("unit", unit)
                .getResultList();
    }

    @Override
    public long countOpenPostsOf(OrgUnit unit) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.orgUnit = :unit AND p.abolishedOn IS NULL", Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
    }

    @Override
    public void add(Post post) {
        em.persist(post);
    }

    private static String where(PostFilter f) {
        StringBuilder sb = new StringBuilder("p.path LIKE :scope");
        if (f.orgUnitId() != null) {
            sb.append(" AND p.orgUnit.id = :org");
        }
        if (f.serviceField() != null) {
            sb.append(" AND p.serviceField = :field");
        }
        if (f.grade() != null) {
            sb.append(" AND p.grade = :grade");
        }
        // on the outer-joined alias: EclipseLink turns "p.holder IS NULL" into an inner join that finds nothing
        if (Boolean.TRUE.equals(f.vacant())) {
            sb.append(" AND h.id IS NULL");
        } else if (Boolean.FALSE.equals(f.vacant())) {
            sb.append(" AND h.id IS NOT NULL");
        }
        if (!f.includeAbolished()) {
            sb.append(" AND p.abolishedOn IS NULL");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, PostFilter f) {
        q.setParameter("scope", scope.likePattern());
        if (f.orgUnitId() != null) {
            q.setParameter("org", f.orgUnitId());
        }
        if (f.serviceField() != null) {
            q.setParameter("field", f.serviceField());
        }
        if (f.grade() != null) {
            q.setParameter("grade", f.grade());
        }
    }
}
