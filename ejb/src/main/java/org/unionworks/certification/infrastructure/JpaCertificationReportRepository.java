package org.unionworks.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.CertificationReportRepository;
import org.unionworks.certification.model.CertificationReportRow;
import org.unionworks.certification.model.ReportScope;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.registry.model.DivisionCopy;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.infrastructure.CursorStreams;
import org.unionworks.shared.infrastructure.KeyBatches;

/**
 * The report reads the standing row of each active professional with the unit they belong to. It is ordered by
 * professional id, the standing table's key, so a page after a given id (keyset paging) starts where the previous
 * one ended without counting the rows before it.
 *
 * <p>Three plans for the same rows, chosen by what bounds them (docs/benchmarks.md, certification, at 2 M people):
 * <ul>
 * <li><b>A division below the nation</b> (a labour department's jurisdiction, or the division filter, which lies
 * within it): each professional keeps the divisions their unit's code lies in, one per level (Liquibase 013), so the
 * keys come from the index on that level's column in key order: {@code ORDER BY city_code, id} under
 * {@code city_code = :division} is the index's own order, and the database stops after the page. The standing and
 * its filters are an EXISTS per key; the count reads that index alone.</li>
 * <li><b>A province or more otherwise</b> (the national jurisdiction, a portal caller's subtree from a provincial
 * union up): the keys from the standing table in key order with the scope as an EXISTS; nearly every row of the
 * walk matches.</li>
 * <li><b>A portal caller's subtree below a province</b>: one statement from the subtree's people
 * ({@code tree_path LIKE}), sorted; such a subtree holds tens of thousands of people at most.</li>
 * </ul>
 * In the first two plans the page's rows then come by key. On 2 M professionals the one statement with the division
 * tested on the joined unit made H2 start from every active professional of the nation: 100 s a page.
 */
@ApplicationScoped
public class JpaCertificationReportRepository implements CertificationReportRepository {

    private static final String ROW = "SELECT NEW org.unionworks.certification.model.CertificationReportRow(p.id,"
            + " p.fullName, p.residentIdMasked, o.name, o.divisionCode, s.level, s.certificateNumber, s.issuedOn,"
            + " s.firstRegistrationDue, s.registrationStatus, s.registeredFrom, s.registeredUntil, s.titleLevel,"
            + " s.appointedOn, s.appointmentEnds, s.changedAt)";
    private static final String FROM = " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE p.status = :active";
    private static final String STANDING_KEYS = "SELECT %s FROM CertificationStanding s WHERE EXISTS"
            + " (SELECT p.id FROM Professional p WHERE p.id = s.professionalId AND p.status = :active%s)%s";
    private static final String DIVISION_KEYS = "SELECT %s FROM Professional p WHERE p.%s = :division"
            + " AND p.status = :active%s AND EXISTS (SELECT s.professionalId FROM CertificationStanding s"
            + " WHERE s.professionalId = p.id%s)";
    private static final String BY_KEY = ROW + " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE s.professionalId IN :keys ORDER BY s.professionalId";

    @Inject
    EntityManager em;

    @Override
    public List<CertificationReportRow> page(ReportScope scope, CertificationReportFilter filter, long after,
                                             int offset, int size) {
        Plan plan = Plan.of(scope, filter);
        Map<String, Object> parameters = new HashMap<>();
        String keyset = "";
        if (after > 0) {
            keyset = " AND " + plan.key() + " > :after";
            parameters.put("after", after);
        }
        if (plan.byKey()) {
            Query keys = em.createQuery(plan.keys(plan.key(), filter, parameters) + keyset + plan.order());
            parameters.forEach(keys::setParameter);
            return byKey(keys.setFirstResult(offset).setMaxResults(size).getResultList());
        }
        TypedQuery<CertificationReportRow> q = em.createQuery(plan.rows(filter, parameters) + keyset + plan.order(),
                CertificationReportRow.class);
        parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(ReportScope scope, CertificationReportFilter filter) {
        Plan plan = Plan.of(scope, filter);
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> q = em.createQuery(plan.byKey() ? plan.keys("COUNT(" + plan.key() + ")", filter, parameters)
                : "SELECT COUNT(s)" + plan.from(filter, parameters), Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public Stream<CertificationReportRow> stream(ReportScope scope, CertificationReportFilter filter) {
        Plan plan = Plan.of(scope, filter);
        Map<String, Object> parameters = new HashMap<>();
        if (plan.byKey()) {
            Query keys = em.createQuery(plan.keys(plan.key(), filter, parameters) + plan.order());
            parameters.forEach(keys::setParameter);
            return KeyBatches.of(CursorStreams.of(keys), this::byKey);
        }
        Query q = em.createQuery(plan.rows(filter, parameters) + plan.order());
        parameters.forEach(q::setParameter);
        return CursorStreams.of(q).map(CertificationReportRow.class::cast);
    }

    private List<CertificationReportRow> byKey(List<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(BY_KEY, CertificationReportRow.class).setParameter("keys", keys).getResultList();
    }

    /**
     * How one request reads its rows.
     *
     * @param division the division walked by its index (null: none below the nation bounds the rows)
     * @param scope    the caller's scope
     */
    private record Plan(DivisionCode division, ReportScope scope) {

        /** @throws IllegalArgumentException for a division filter the scope does not admit (the service refuses it) */
        static Plan of(ReportScope scope, CertificationReportFilter filter) {
            if (!scope.admits(filter.division())) {
                throw new IllegalArgumentException("division " + filter.division() + " outside " + scope);
            }
            // a division filter lies within the jurisdiction, so it alone bounds the rows
            DivisionCode division = filter.division() != null ? filter.division() : scope.jurisdiction();
            return new Plan(division == null || DivisionCopy.of(division).isEmpty() ? null : division, scope);
        }

        /** Whether the keys are read first and the rows by key (else one statement reads the rows). */
        boolean byKey() {
            return division != null || scope.spansProvince();
        }

        /** The key the plan walks, in its JPQL. */
        String key() {
            return division != null ? "p.id" : "s.professionalId";
        }

        String order() {
            return division != null ? " ORDER BY p." + column() + ", p.id" : " ORDER BY s.professionalId";
        }

        /** The professional's copy of the division at the walked division's level. */
        private String column() {
            return DivisionCopy.of(division).orElseThrow().attribute();
        }

        /** The keys of the report's rows, or their count. */
        String keys(String selection, CertificationReportFilter filter, Map<String, Object> parameters) {
            parameters.put("active", ProfessionalStatus.ACTIVE);
            if (division != null) {
                parameters.put("division", division);
                return String.format(DIVISION_KEYS, selection, column(), subtree(parameters),
                        filterWhere(filter, parameters));
            }
            return String.format(STANDING_KEYS, selection, subtree(parameters), filterWhere(filter, parameters));
        }

        /** The rows in one statement, from the subtree's people (a portal caller below a province). */
        String rows(CertificationReportFilter filter, Map<String, Object> parameters) {
            return ROW + from(filter, parameters);
        }

        String from(CertificationReportFilter filter, Map<String, Object> parameters) {
            parameters.put("active", ProfessionalStatus.ACTIVE);
            return FROM + subtree(parameters) + filterWhere(filter, parameters);
        }

        /**
         * A portal caller's subtree as a condition on the professional {@code p}; nothing for a jurisdiction, which
         * the walked division bounds (or which is the nation's).
         */
        private String subtree(Map<String, Object> parameters) {
            if (scope.orgScope() == null) {
                return "";
            }
            parameters.put("scope", scope.orgScope().likePattern());
            return " AND p.path LIKE :scope";
        }

        /** The report's filters on the standing {@code s}. */
        private static String filterWhere(CertificationReportFilter filter, Map<String, Object> parameters) {
            StringBuilder where = new StringBuilder();
            if (filter.level() != null) {
                where.append(" AND s.level = :level");
                parameters.put("level", filter.level());
            }
            if (filter.registrationStatus() != null) {
                where.append(" AND s.registrationStatus = :registrationStatus");
                parameters.put("registrationStatus", filter.registrationStatus());
            }
            if (filter.changedSince() != null) {
                where.append(" AND s.changedAt >= :changedSince");
                parameters.put("changedSince", filter.changedSince());
            }
            return where.toString();
        }
    }
}
