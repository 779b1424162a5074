package org.unionworks.education.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.education.model.ComplianceStatistics;
import org.unionworks.education.model.CycleCompliancePolicy;
import org.unionworks.education.model.OrgCompliance;
import org.unionworks.education.model.ProvincialCreditTable;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.model.ProfessionalStatus;

/**
 * The {@link CycleCompliancePolicy} in one SQL statement (standard SQL that H2 and Oracle both run): per certified
 * professional in a cycle, one correlated sub-query over their activities ({@code education_activity(professional_id,
 * ...)}) sums what counts inside the cycle — passed trainings' hours, papers' and coursework's credit by the
 * provincial table — and adds the 90 hours of the first degree of a life when it falls inside the cycle; then the rows
 * are summed per organisation unit. One pass over a person's activities, not two: at 2 M professionals the
 * activity rows read dominate (docs/benchmarks.md, certification). Every value, including the enum names and the
 * credit table, is a bound parameter. ComplianceIT holds the result to the policy's ledger, person by person.
 */
@ApplicationScoped
public class SqlComplianceStatistics implements ComplianceStatistics {

    @Inject
    EntityManager em;

    @Override
    public List<OrgCompliance> byOrganisation(OrgScope scope, LocalDate date, int dueSoonDays,
                                              ProvincialCreditTable credits) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        List<Object> params = new ArrayList<>();
        String sql = "SELECT x.org_unit_id, o.name, o.division_code, COUNT(*),"
                + " SUM(CASE WHEN x.earned >= x.required THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.earned < x.required AND x.registered_until <= " + p(params, date.plusDays(dueSoonDays))
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN x.earned < x.required THEN x.required - x.earned ELSE 0 END)"
                + " FROM (SELECT p.org_unit_id, s.registered_until, " + required(params) + " AS required,"
                + " (SELECT COALESCE(SUM(CASE WHEN a.completed_on >= s.registered_from"
                + " AND a.completed_on < s.registered_until THEN CASE WHEN a.kind = "
                + p(params, ActivityKind.TRAINING.name()) + " AND a.passed = " + p(params, Boolean.TRUE)
                + " THEN COALESCE(a.hours, 0)" + credited(params, credits) + " ELSE 0 END ELSE 0 END), 0)"
                + " + CASE WHEN MIN(CASE WHEN a.kind = " + p(params, ActivityKind.DEGREE.name())
                + " THEN a.completed_on END) >= s.registered_from AND MIN(CASE WHEN a.kind = "
                + p(params, ActivityKind.DEGREE.name()) + " THEN a.completed_on END) < s.registered_until THEN "
                + hours(params, CycleCompliancePolicy.DEGREE_HOURS) + " ELSE 0 END"
                + " FROM education_activity a WHERE a.professional_id = s.professional_id) AS earned"
                + " FROM certification_standing s JOIN professional p ON p.id = s.professional_id"
                + " WHERE p.tree_path LIKE " + p(params, scope.likePattern())
                + " AND p.status = " + p(params, ProfessionalStatus.ACTIVE.name())
                + " AND s.cert_level IS NOT NULL AND s.registered_from <= " + p(params, date)
                + " AND s.registered_until > " + p(params, date) + ") x"
                + " JOIN org_unit o ON o.id = x.org_unit_id"
                + " GROUP BY x.org_unit_id, o.name, o.division_code, o.tree_path ORDER BY o.tree_path";
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<?> rows = q.getResultList();
        List<OrgCompliance> result = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.add(new OrgCompliance(number(r[0]), (String) r[1], DivisionCode.of(((String) r[2]).strip()),
                    number(r[3]), number(r[4]), number(r[5]), decimal(r[6])));
        }
        return result;
    }

    /** The hours the cycle's level requires, as a CASE over every level. */
    private static String required(List<Object> params) {
        StringBuilder sql = new StringBuilder("CASE s.cert_level");
        for (CertificateLevel level : CertificateLevel.values()) {
            sql.append(" WHEN ").append(p(params, level.name())).append(" THEN ")
                    .append(hours(params, level.hoursPerCycle()));
        }
        return sql.append(" END").toString();
    }

    /** The WHEN branch that credits papers and coursework by rule; nothing when the table has no rule. */
    private static String credited(List<Object> params, ProvincialCreditTable credits) {
        if (credits.rules().isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" WHEN a.kind IN (").append(p(params, ActivityKind.PAPER.name()))
                .append(", ").append(p(params, ActivityKind.COURSEWORK.name())).append(") THEN CASE a.credit_rule");
        for (Map.Entry<String, CreditHours> rule : credits.rules().entrySet()) {
            sql.append(" WHEN ").append(p(params, rule.getKey())).append(" THEN ")
                    .append(hours(params, rule.getValue()));
        }
        return sql.append(" ELSE 0 END").toString();
    }

    /** Adds a bound value and returns its numbered placeholder. */
    private static String p(List<Object> params, Object value) {
        params.add(value);
        return "?" + params.size();
    }

    /** A number of hours, typed so that a CASE of nothing but parameters still has a type. */
    private static String hours(List<Object> params, CreditHours hours) {
        return "CAST(" + p(params, hours.value()) + " AS DECIMAL(5,1))";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
