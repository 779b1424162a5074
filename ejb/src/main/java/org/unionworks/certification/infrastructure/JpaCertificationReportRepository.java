package org.unionworks.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
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
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.infrastructure.CursorStreams;
import org.unionworks.shared.infrastructure.KeyBatches;

/**
 * The report reads the standing row of each active professional with the unit they belong to. It is ordered by
 * professional id, the standing table's key, so a page after a given id (keyset paging) starts where the previous
 * one ended without counting the rows before it.
 *
 * <p>Two plans for the same rows, chosen by how much of the nation the scope covers. A province or more (an API
 * client's jurisdiction at that level, a portal caller's subtree at that depth): the keys are read from the standing
 * table alone in key order, the scope checked per row by an EXISTS, so the database walks its primary key and stops
 * after the page (or streams without sorting); the rows then come by key, and the count is the keys'. A city or less: one statement that starts
 * from the scope's units and their people and sorts them, where walking the key would pass over the whole nation for
 * each page. On 2 M professionals (docs/benchmarks.md, certification) the one statement with the division tested on
 * the joined unit made H2 start from every active professional of the nation: 100 s a page.
 */
@ApplicationScoped
public class JpaCertificationReportRepository implements CertificationReportRepository {

    private static final String ROW = "SELECT NEW org.unionworks.certification.model.CertificationReportRow(p.id,"
            + " p.fullName, p.residentIdMasked, o.name, o.divisionCode, s.level, s.certificateNumber, s.issuedOn,"
            + " s.firstRegistrationDue, s.registrationStatus, s.registeredFrom, s.registeredUntil, s.titleLevel,"
            + " s.appointedOn, s.appointmentEnds, s.changedAt)";
    private static final String FROM = " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE p.status = :active";
    private static final String KEYS = "SELECT %s FROM CertificationStanding s WHERE EXISTS"
            + " (SELECT p.id FROM Professional p JOIN p.orgUnit o WHERE p.id = s.professionalId AND p.status = :active%s)";
    private static final String BY_KEY = ROW + " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE s.professionalId IN :keys ORDER BY s.professionalId";
    private static final String ORDER = " ORDER BY s.professionalId";

    @Inject
    EntityManager em;

    @Override
    public List<CertificationReportRow> page(ReportScope scope, CertificationReportFilter filter, long after,
                                             int offset, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String keyset = "";
        if (after > 0) {
            keyset = " AND s.professionalId > :after";
            parameters.put("after", after);
        }
        if (walksKeys(scope, filter)) {
            Query keys = em.createQuery(keys("s.professionalId", scope, filter, parameters) + keyset + ORDER);
            parameters.forEach(keys::setParameter);
            return byKey(keys.setFirstResult(offset).setMaxResults(size).getResultList());
        }
        TypedQuery<CertificationReportRow> q = em.createQuery(ROW + FROM + scopeWhere(scope, filter, parameters)
                + filterWhere(filter, parameters) + keyset + ORDER, CertificationReportRow.class);
        parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(ReportScope scope, CertificationReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = walksKeys(scope, filter)
                ? keys("COUNT(s)", scope, filter, parameters)
                : "SELECT COUNT(s)" + FROM + scopeWhere(scope, filter, parameters) + filterWhere(filter, parameters);
        TypedQuery<Long> q = em.createQuery(jpql, Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public Stream<CertificationReportRow> stream(ReportScope scope, CertificationReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        if (walksKeys(scope, filter)) {
            Query keys = em.createQuery(keys("s.professionalId", scope, filter, parameters) + ORDER);
            parameters.forEach(keys::setParameter);
            return KeyBatches.of(CursorStreams.of(keys), this::byKey);
        }
        Query q = em.createQuery(ROW + FROM + scopeWhere(scope, filter, parameters) + filterWhere(filter, parameters)
                + ORDER);
        parameters.forEach(q::setParameter);
        return CursorStreams.of(q).map(CertificationReportRow.class::cast);
    }

    /** Whether the rows asked for span a province or more: the scope does, and a division filter too, if any. */
    private static boolean walksKeys(ReportScope scope, CertificationReportFilter filter) {
        return scope.spansProvince() && (filter.division() == null
                || filter.division().level().ordinal() <= DivisionCode.Level.PROVINCE.ordinal());
    }

    /** The keys of the report's rows (or their count) from the standing table, the scope checked per row. */
    private static String keys(String selection, ReportScope scope, CertificationReportFilter filter,
                               Map<String, Object> parameters) {
        return String.format(KEYS, selection, scopeWhere(scope, filter, parameters)) + filterWhere(filter, parameters);
    }

    private List<CertificationReportRow> byKey(List<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(BY_KEY, CertificationReportRow.class).setParameter("keys", keys).getResultList();
    }

    /** The caller's scope and the division filter: conditions on the professional {@code p} and the unit {@code o}. */
    private static String scopeWhere(ReportScope scope, CertificationReportFilter filter,
                                     Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        parameters.put("active", ProfessionalStatus.ACTIVE);
        if (scope.jurisdiction() != null) {
            // the units first: H2 then starts from their people (professional.org_unit_id), not from every active one
            where.append(" AND p.orgUnit IN (SELECT j FROM OrgUnit j WHERE j.divisionCode LIKE :jurisdiction)");
            parameters.put("jurisdiction", scope.jurisdiction().likePattern());
        } else {
            where.append(" AND p.path LIKE :scope");
            parameters.put("scope", scope.orgScope().likePattern());
        }
        if (filter.division() != null) {
            where.append(" AND p.orgUnit IN (SELECT d FROM OrgUnit d WHERE d.divisionCode LIKE :division)");
            parameters.put("division", filter.division().likePattern());
        }
        return where.toString();
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
