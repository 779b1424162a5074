package org.unionworks.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.infrastructure.LikePatterns;
import org.unionworks.shared.model.DomainException;

/**
 * JPQL over {@code org_unit}. Every statement starts from {@code o.path LIKE :scope}, a
 * prefix match on an indexed column; filters, sort, paging and counting run in SQL.
 */
@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name",
            "type", "o.type",
            "divisionCode", "o.divisionCode",
            "coveredWorkers", "o.coveredWorkers",
            "depth", "o.depth");

    @Inject
    EntityManager em;

    @Override
    public Optional<OrgUnit> find(OrgScope scope, long id) {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.id = :id AND o.path LIKE :scope", OrgUnit.class)
                .setParameter("id", id)
                .setParameter("scope", scope.likePattern())
                .getResultStream().findFirst();
    }

    @Override
    public List<OrgUnit> findPage(OrgScope scope, OrgUnitFilter filter, int offset, int size, String sortField,
                                  boolean ascending) {
        String order = sortField == null ? "o.path" : SORTABLE.get(sortField);
        if (order == null) {
            throw new DomainException("error.sortField.invalid", "cannot sort on " + sortField);
        }
        TypedQuery<OrgUnit> q = em.createQuery("SELECT o FROM OrgUnit o LEFT JOIN FETCH o.parent WHERE "
                + where(filter) + " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", o.id", OrgUnit.class);
        bind(q, scope, filter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrgScope scope, OrgUnitFilter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(o) FROM OrgUnit o WHERE " + where(filter), Long.class);
        bind(q, scope, filter);
        return q.getSingleResult();
    }

    @Override
    public List<OrgUnit> children(OrgScope scope, long parentId) {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.parent.id = :parent AND o.path LIKE :scope"
                        + " ORDER BY o.type, o.divisionCode, o.name", OrgUnit.class)
                .setParameter("parent", parentId)
                .setParameter("scope", scope.likePattern())
                .getResultList();
    }

    @Override
    public Map<Long, Long> childCounts(OrgScope scope, List<Long> parentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT o.parent.id, COUNT(o) FROM OrgUnit o WHERE o.parent.id IN :parents"
                        + " AND o.path LIKE :scope GROUP BY o.parent.id", Object[].class)
                .setParameter("parents", parentIds)
                .setParameter("scope", scope.likePattern())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<OrgUnitType, Long> countByType(OrgScope scope) {
        Map<OrgUnitType, Long> counts = new EnumMap<>(OrgUnitType.class);
        em.createQuery("SELECT o.type, COUNT(o) FROM OrgUnit o WHERE o.path LIKE :scope AND o.validTo IS NULL"
                        + " GROUP BY o.type", Object[].class)
                .setParameter("scope", scope.likePattern())
                .getResultList()
                .forEach(row -> counts.put((OrgUnitType) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public long countActiveChildren(OrgUnit unit, LocalDate date) {
        return em.createQuery("SELECT COUNT(o) FROM OrgUnit o WHERE o.parent = :unit"
                        + " AND (o.validTo IS NULL OR o.validTo > :date)", Long.class)
                .setParameter("unit", unit)
                .setParameter("date", date)
                .getSingleResult();
    }

    @Override
    public long sumCoveredWorkers(OrgScope scope) {
        Long sum = em.createQuery("SELECT SUM(o.coveredWorkers) FROM OrgUnit o WHERE o.path LIKE :scope"
                        + " AND o.type IN :hubs", Long.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("hubs", OrgUnitType.grassrootsHubs())
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public Stream<OrgUnit> streamInTreeOrder(OrgScope scope) {
        return em.createQuery("SELECT o FROM OrgUnit o LEFT JOIN FETCH o.parent WHERE o.path LIKE :scope"
                        + " ORDER BY o.path", OrgUnit.class)
                .setParameter("scope", scope.likePattern())
                .getResultStream();
    }

    @Override
    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(o) FROM OrgUnit o", Long.class).getSingleResult() == 0;
    }

    @Override
    public OrgUnit topmost() {
        return em.createQuery("SELECT o FROM OrgUnit o WHERE o.depth = 0 ORDER BY o.id", OrgUnit.class)
                .setMaxResults(1).getSingleResult();
    }

    @Override
    public void add(OrgUnit unit) {
        em.persist(unit);
        unit.placeInTree();
    }

    private static String where(OrgUnitFilter f) {
        StringBuilder sb = new StringBuilder("o.path LIKE :scope");
        if (f.nameContains() != null) {
            sb.append(" AND LOWER(o.name) LIKE :name" + LikePatterns.ESCAPE_CLAUSE);
        }
        if (f.type() != null) {
            sb.append(" AND o.type = :type");
        }
        if (f.divisionCodePrefix() != null) {
            sb.append(" AND o.divisionCode LIKE :division");
        }
        return sb.toString();
    }

    private static void bind(TypedQuery<?> q, OrgScope scope, OrgUnitFilter f) {
        q.setParameter("scope", scope.likePattern());
        if (f.nameContains() != null) {
            q.setParameter("name", LikePatterns.containsIgnoreCase(f.nameContains()));
        }
        if (f.type() != null) {
            q.setParameter("type", f.type());
        }
        if (f.divisionCodePrefix() != null) {
            q.setParameter("division", f.divisionCodePrefix() + "%");
        }
    }
}
