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
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.infrastructure.CursorStreams;

/**
 * The report reads the standing row of each active professional with the unit they belong to. It is ordered by
 * professional id, the standing table's key, so a page after a given id (keyset paging) starts where the previous
 * one ended without counting the rows before it.
 */
@ApplicationScoped
public class JpaCertificationReportRepository implements CertificationReportRepository {

    private static final String ROW = "SELECT NEW org.unionworks.certification.model.CertificationReportRow(p.id,"
            + " p.fullName, p.residentIdMasked, o.name, o.divisionCode, s.level, s.certificateNumber, s.issuedOn,"
            + " s.firstRegistrationDue, s.registrationStatus, s.registeredFrom, s.registeredUntil, s.titleLevel,"
            + " s.appointedOn, s.appointmentEnds, s.changedAt)";
    private static final String FROM = " FROM CertificationStanding s JOIN s.professional p JOIN p.orgUnit o"
            + " WHERE p.status = :active";

    @Inject
    EntityManager em;

    @Override
    public List<CertificationReportRow> page(ReportScope scope, CertificationReportFilter filter, long after,
                                             int offset, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(scope, filter, parameters);
        if (after > 0) {
            where += " AND s.professionalId > :after";
            parameters.put("after", after);
        }
        TypedQuery<CertificationReportRow> q = em.createQuery(ROW + FROM + where + " ORDER BY s.professionalId",
                CertificationReportRow.class);
        parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(ReportScope scope, CertificationReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(s)" + FROM + where(scope, filter, parameters), Long.class);
        parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Override
    public Stream<CertificationReportRow> stream(ReportScope scope, CertificationReportFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        Query q = em.createQuery(ROW + FROM + where(scope, filter, parameters) + " ORDER BY s.professionalId");
        parameters.forEach(q::setParameter);
        return CursorStreams.of(q).map(CertificationReportRow.class::cast);
    }

    private static String where(ReportScope scope, CertificationReportFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        parameters.put("active", ProfessionalStatus.ACTIVE);
        if (scope.jurisdiction() != null) {
            where.append(" AND o.divisionCode LIKE :jurisdiction");
            parameters.put("jurisdiction", scope.jurisdiction().likePattern());
        } else {
            where.append(" AND p.path LIKE :scope");
            parameters.put("scope", scope.orgScope().likePattern());
        }
        if (filter.division() != null) {
            where.append(" AND o.divisionCode LIKE :division");
            parameters.put("division", filter.division().likePattern());
        }
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
