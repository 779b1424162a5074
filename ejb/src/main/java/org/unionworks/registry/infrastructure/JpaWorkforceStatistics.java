package org.unionworks.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.WorkforceStatistics;

/** JPQL aggregates over {@code professional} and {@code org_unit}, each a single query starting from the scope prefix. */
@ApplicationScoped
public class JpaWorkforceStatistics implements WorkforceStatistics {

    @Inject
    EntityManager em;

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
    public long certifiedActive(OrgScope scope) {
        // named in JPQL, not imported: the registry does not depend on the certification feature's code
        return number(em.createQuery("SELECT COUNT(s) FROM CertificationStanding s JOIN s.professional p"
                        + " WHERE p.path LIKE :scope AND p.status = :active AND s.level IS NOT NULL")
                .setParameter("scope", scope.likePattern())
                .setParameter("active", ProfessionalStatus.ACTIVE)
                .getSingleResult());
    }

    @Override
    public Map<Object, Long> countBy(OrgScope scope, Measure measure, Grouping grouping, LocalDate today) {
        String group = grouping == Grouping.UNIT_PATH ? "p.path" : "p.employmentMode";
        String condition = switch (measure) {
            case ACTIVE -> " AND p.status = :active";
            case SOCIAL_WORK_MAJORS -> " AND p.status = :active AND p.socialWorkMajor = :yes";
            case LEFT_LAST_12_MONTHS -> " AND p.leftOn > :yearAgo AND p.leftOn <= :today";
            case IN_WORKFORCE_YEAR_AGO -> " AND p.joinedOn <= :yearAgo AND (p.leftOn IS NULL OR p.leftOn > :yearAgo)";
            case IN_WORKFORCE_TODAY -> " AND p.joinedOn <= :today AND (p.leftOn IS NULL OR p.leftOn > :today)";
        };
        var q = em.createQuery("SELECT " + group + ", COUNT(p) FROM Professional p WHERE p.path LIKE :scope"
                + condition + " GROUP BY " + group, Object[].class).setParameter("scope", scope.likePattern());
        switch (measure) {
            case ACTIVE -> q.setParameter("active", ProfessionalStatus.ACTIVE);
            case SOCIAL_WORK_MAJORS -> q.setParameter("active", ProfessionalStatus.ACTIVE).setParameter("yes", true);
            case LEFT_LAST_12_MONTHS -> q.setParameter("yearAgo", today.minusYears(1)).setParameter("today", today);
            case IN_WORKFORCE_YEAR_AGO -> q.setParameter("yearAgo", today.minusYears(1));
            case IN_WORKFORCE_TODAY -> q.setParameter("today", today);
        }
        Map<Object, Long> counts = new HashMap<>();
        q.getResultList().forEach(row -> counts.put(row[0], number(row[1])));
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
