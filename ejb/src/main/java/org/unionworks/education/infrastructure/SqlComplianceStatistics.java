package org.unionworks.education.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
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
import org.unionworks.registry.model.DivisionCopy;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.infrastructure.NativeParameters;

/**
 * The {@link CycleCompliancePolicy} in SQL (standard SQL that H2, PostgreSQL and Oracle all run). What a person's
 * activities earn inside their cycle is one correlated sub-query over them ({@code education_activity
 * (professional_id, ...)}): passed trainings' hours, papers' and coursework's credit by the provincial table, and the
 * 90 hours of the first degree of a life when it falls inside the cycle.
 *
 * <p>At 2 M professionals reading those activity rows is what a province's compliance costs (about 700,000 rows
 * by random access: 25 s, docs/benchmarks.md, certification). So the earned hours are kept per person in
 * {@code cycle_hours} (Liquibase 014), each row with what it was computed from: the cycle's bounds, the rule's key
 * ({@link #ruleKey}) and the signature of the person's activities, their count and highest id, which the index on
 * {@code education_activity(professional_id, ...)} answers without reading a row. Activities are never changed or
 * removed, and any new one changes the count, so a row whose signature still matches holds what the sub-query would
 * compute. The aggregate reads each person's kept hours where their row matches and computes the others' in place,
 * in one pass; {@link #keepEarnedHours} then recomputes and keeps the rows of the scope that did not match.
 *
 * <p>The pass reads the scope's people first, in key order, from an index that holds the unit and the path
 * (Liquibase 015, {@code inCycle}), so that every lookup after it goes in key order too: 3.2 s for a province of
 * 150,000 certified at 2 M on H2, against 28 s in the tree's order (docs/benchmarks.md, certification).
 *
 * <p>Every value, including the enum names and the credit table, is a bound parameter. ComplianceIT holds the result
 * to the policy's ledger, person by person, before and after activities are added; the migration contract runs
 * {@link #counting} and {@link #keeping} on H2 and on PostgreSQL.
 */
@ApplicationScoped
public class SqlComplianceStatistics implements ComplianceStatistics {

    /** The version of the earned-hours formula below; part of {@link #ruleKey}, so changing it retires kept rows. */
    static final String FORMULA = "cycle-hours-1";

    private static final String ACTIVITIES = " FROM education_activity c WHERE c.professional_id = s.professional_id)";
    /** The signature of a person's activities: how many, and the highest id (0 for none). */
    private static final String HOW_MANY = "COUNT(*)";
    private static final String LAST_ID = "COALESCE(MAX(c.id), 0)";
    private static final String COUNT = "(SELECT " + HOW_MANY + ACTIVITIES;
    private static final String LAST = "(SELECT " + LAST_ID + ACTIVITIES;
    /** The kept row's signature against the person's activities: both in one look at the index (a row comparison). */
    private static final String MATCHES = "(h.activities, h.last_activity_id) = (SELECT " + HOW_MANY + ", " + LAST_ID
            + ACTIVITIES;

    @Inject
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int keepEarnedHours(OrgScope scope, DivisionCode division, LocalDate date, ProvincialCreditTable credits) {
        Statement keeping = keeping(scope, division, date, credits);
        return NativeParameters.bind(em.createNativeQuery(keeping.sql()), keeping.values()).executeUpdate();
    }

    /** A native statement: its text with numbered placeholders ({@code ?1, ?2, ...}) and their values in order. */
    public record Statement(String sql, List<Object> values) {
    }

    /**
     * The MERGE that computes and keeps the earned hours of the scope's people whose kept row is missing or no longer
     * matches (what {@link #keepEarnedHours} runs).
     */
    public static Statement keeping(OrgScope scope, DivisionCode division, LocalDate date,
                                    ProvincialCreditTable credits) {
        List<Object> params = new ArrayList<>();
        String key = p(params, ruleKey(credits));
        String sql = "MERGE INTO cycle_hours t USING (SELECT s.professional_id AS professional_id,"
                + " s.registered_from AS cycle_from, s.registered_until AS cycle_until, " + COUNT + " AS activities, "
                + LAST + " AS last_activity_id, " + earned(params, credits, "s") + " AS earned"
                + inCycle(params, key, scope, division, date) + " AND (h.professional_id IS NULL OR NOT (" + MATCHES
                + "))) u"
                + " ON (t.professional_id = u.professional_id)"
                + " WHEN MATCHED THEN UPDATE SET cycle_from = u.cycle_from, cycle_until = u.cycle_until,"
                + " rule_key = " + key + ", activities = u.activities, last_activity_id = u.last_activity_id,"
                + " earned = u.earned, computed_at = CURRENT_TIMESTAMP"
                + " WHEN NOT MATCHED THEN INSERT (professional_id, cycle_from, cycle_until, rule_key, activities,"
                + " last_activity_id, earned, computed_at) VALUES (u.professional_id, u.cycle_from, u.cycle_until, "
                + key + ", u.activities, u.last_activity_id, u.earned, CURRENT_TIMESTAMP)";
        return new Statement(sql, params);
    }

    @Override
    public Counted byOrganisation(OrgScope scope, DivisionCode division, LocalDate date, int dueSoonDays,
                                  ProvincialCreditTable credits) {
        Statement counting = counting(scope, division, date, dueSoonDays, credits);
        List<?> rows = NativeParameters.bind(em.createNativeQuery(counting.sql()), counting.values()).getResultList();
        List<OrgCompliance> units = new ArrayList<>(rows.size());
        long inPlace = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            units.add(new OrgCompliance(number(r[0]), (String) r[1], DivisionCode.of(((String) r[2]).strip()),
                    number(r[3]), number(r[4]), number(r[5]), decimal(r[6])));
            inPlace += number(r[7]);
        }
        return new Counted(units, inPlace);
    }

    /**
     * The one pass of {@link #byOrganisation}: per unit of the scope with people in a cycle, its id, name and
     * division, how many are in a cycle, compliant, short and due within {@code dueSoonDays}, the hours missing, and
     * how many had their hours computed in place; in the tree's order.
     */
    public static Statement counting(OrgScope scope, DivisionCode division, LocalDate date, int dueSoonDays,
                                     ProvincialCreditTable credits) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        List<Object> params = new ArrayList<>();
        String key = p(params, ruleKey(credits));
        // x: each person with their kept hours where the row matches (else null); z: the hours, computed in place
        // for the others, and whether they had to be
        String sql = "SELECT z.org_unit_id, o.name, o.division_code, COUNT(*),"
                + " SUM(CASE WHEN z.earned >= z.required THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN z.earned < z.required AND z.registered_until <= " + p(params, date.plusDays(dueSoonDays))
                + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN z.earned < z.required THEN z.required - z.earned ELSE 0 END), SUM(z.in_place)"
                + " FROM (SELECT x.org_unit_id, x.registered_until, x.required,"
                + " CASE WHEN x.kept IS NOT NULL THEN 0 ELSE 1 END AS in_place,"
                + " CASE WHEN x.kept IS NOT NULL THEN x.kept ELSE " + earned(params, credits, "x") + " END AS earned"
                + " FROM (SELECT p.org_unit_id, s.professional_id, s.registered_from, s.registered_until, "
                + required(params) + " AS required,"
                + " CASE WHEN h.professional_id IS NOT NULL AND " + MATCHES + " THEN h.earned END AS kept"
                + inCycle(params, key, scope, division, date) + ") x) z"
                + " JOIN org_unit o ON o.id = z.org_unit_id"
                + " GROUP BY z.org_unit_id, o.name, o.division_code, o.tree_path ORDER BY o.tree_path";
        return new Statement(sql, params);
    }

    /**
     * The certified, active people of the scope in a registration cycle on {@code date} ({@code p}, {@code s}), with
     * their kept row ({@code h}) where one was computed for this cycle and rule key.
     *
     * <p>The scope's people come first, and in key order: the standing is an outer join that the WHERE clause makes
     * inner ({@code s.professional_id IS NOT NULL}), because H2 keeps the written order of outer joins. As an inner
     * join H2 started from every standing of the nation in a cycle (the dates are parameters, so the planner cannot
     * see that the scope is the smaller side): 20 s for a province at 2 M against 3 s this way, in an H2 shell.
     * PostgreSQL and Oracle turn such a join back into an inner one and plan it as they see fit.
     */
    private static String inCycle(List<Object> params, String key, OrgScope scope, DivisionCode division,
                                  LocalDate date) {
        return " FROM professional p LEFT JOIN certification_standing s ON s.professional_id = p.id"
                + " AND s.cert_level IS NOT NULL AND s.registered_from <= " + p(params, date)
                + " AND s.registered_until > " + p(params, date)
                + " LEFT JOIN cycle_hours h ON h.professional_id = s.professional_id"
                + " AND h.cycle_from = s.registered_from AND h.cycle_until = s.registered_until AND h.rule_key = " + key
                + " WHERE p.tree_path LIKE " + p(params, scope.likePattern()) + within(params, division)
                + " AND p.status = " + p(params, ProfessionalStatus.ACTIVE.name())
                + " AND s.professional_id IS NOT NULL";
    }

    /**
     * The scope's root division as a condition on the professional's copy of it (Liquibase 013): redundant with the
     * subtree, which lies in it, but an equality the planner can use where the subtree's pattern is a parameter it
     * cannot. For a province or a city it leads the index that also holds the unit and the path (Liquibase 015), so
     * their people are read from the index alone, in key order; the nation's come the same way from the index that
     * starts with the status. Nothing for the nation.
     */
    private static String within(List<Object> params, DivisionCode division) {
        return DivisionCopy.of(division).map(copy -> " AND p." + copy.column() + " = " + p(params, division.value()))
                .orElse("");
    }

    /**
     * What the person's activities earn inside the cycle: one pass over them. {@code of} names the row that carries
     * {@code professional_id}, {@code registered_from} and {@code registered_until}.
     */
    private static String earned(List<Object> params, ProvincialCreditTable credits, String of) {
        return "(SELECT COALESCE(SUM(CASE WHEN a.completed_on >= " + of + ".registered_from"
                + " AND a.completed_on < " + of + ".registered_until THEN CASE WHEN a.kind = "
                + p(params, ActivityKind.TRAINING.name()) + " AND a.passed = " + p(params, Boolean.TRUE)
                + " THEN COALESCE(a.hours, 0)" + credited(params, credits) + " ELSE 0 END ELSE 0 END), 0)"
                + " + CASE WHEN MIN(CASE WHEN a.kind = " + p(params, ActivityKind.DEGREE.name())
                + " THEN a.completed_on END) >= " + of + ".registered_from AND MIN(CASE WHEN a.kind = "
                + p(params, ActivityKind.DEGREE.name()) + " THEN a.completed_on END) < " + of + ".registered_until THEN "
                + hours(params, CycleCompliancePolicy.DEGREE_HOURS) + " ELSE 0 END"
                + " FROM education_activity a WHERE a.professional_id = " + of + ".professional_id)";
    }

    /**
     * What kept hours were computed under: the formula's version, the degree's hours and the provincial credit table,
     * as a SHA-256 in hex. Another table (a province configures its own) gives another key, and the rows follow.
     */
    static String ruleKey(ProvincialCreditTable credits) {
        StringBuilder text = new StringBuilder(FORMULA).append(";DEGREE=")
                .append(CycleCompliancePolicy.DEGREE_HOURS.value().stripTrailingZeros().toPlainString());
        credits.rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(rule -> text.append(';').append(rule.getKey()).append('=')
                        .append(rule.getValue().value().stripTrailingZeros().toPlainString()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
