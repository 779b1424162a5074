package org.unionworks.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.WorkforceStatistics;

/** JPQL aggregates over {@code professional} and {@code org_unit}, each a single query starting from the scope prefix. */
@ApplicationScoped
public class JpaWorkforceStatistics implements WorkforceStatistics {

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    public Headcount headcount(OrgScope scope) {
        // two counts rather than SUM(CASE WHEN flag ...): EclipseLink writes a boolean literal as 1, which H2 refuses
        long active = activeCount(scope, "");
        long majors = activeCount(scope, " AND p.socialWorkMajor = :yes");
        return new Headcount(active, majors);
    }

    private long activeCount(OrgScope scope, String condition) {
        var q = em.createQuery("SELECT COUNT(p) FROM Professional p WHERE p.path LIKE :scope AND p.status = :active"
                        + condition, Long.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE);
        if (!condition.isEmpty()) {
            q.setParameter("yes", Boolean.TRUE);
        }
        return q.getSingleResult();
    }

    @Override
    public long inWorkforceOn(OrgScope scope, LocalDate date) {
        return em.createQuery("SELECT COUNT(p) FROM Professional p WHERE p.path LIKE :scope AND p.joinedOn <= :d"
                        + " AND (p.leftOn IS NULL OR p.leftOn > :d)", Long.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("d", date)
                .getSingleResult();
    }

    @Override
    public long leftBetween(OrgScope scope, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(p) FROM Professional p WHERE p.path LIKE :scope"
                        + " AND p.leftOn BETWEEN :from AND :to", Long.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public Map<ServiceField, Long> activeByServiceField(OrgScope scope) {
        Map<ServiceField, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.serviceField, COUNT(p) FROM Professional p WHERE p.path LIKE :scope"
                        + " AND p.status = :active GROUP BY p.serviceField", Object[].class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((ServiceField) row[0], number(row[1])));
        return counts;
    }

    @Override
    public Map<EmploymentMode, Long> activeByEmploymentMode(OrgScope scope) {
        Map<EmploymentMode, Long> counts = new EnumMap<>(EmploymentMode.class);
        em.createQuery("SELECT p.employmentMode, COUNT(p) FROM Professional p WHERE p.path LIKE :scope"
                        + " AND p.status = :active GROUP BY p.employmentMode", Object[].class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((EmploymentMode) row[0], number(row[1])));
        return counts;
    }

    @Override
    public Map<String, Long> activeByUnitPath(OrgScope scope) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.path, COUNT(p) FROM Professional p WHERE p.path LIKE :scope AND p.status = :active"
                        + " GROUP BY p.path", Object[].class)
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], number(row[1])));
        return counts;
    }

    @Override
    public List<Hub> hubs(OrgScope scope, LocalDate activeOn) {
        return em.createQuery("SELECT NEW org.unionworks.registry.model.WorkforceStatistics.Hub(o.path, o.type,"
                        + " o.coveredWorkers) FROM OrgUnit o WHERE o.path LIKE :scope AND o.type IN :hubs"
                        + " AND o.validFrom <= :d AND (o.validTo IS NULL OR o.validTo > :d)", Hub.class)
                .setParameter("scope", scope.likePattern())
                .setParameter("hubs", OrgUnitType.grassrootsHubs())
                .setParameter("d", activeOn)
                .getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
