package org.unionworks.education.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.unionworks.certification.model.CreditHours;

/**
 * A province's credit for papers and graded coursework (继续教育学时认定), by rule code: the hours an activity under
 * that rule counts for. Configuration ({@code unionworks.education.credit-table}); the default is Jiangxi's example
 * from DOMAIN §4 — a paper of at least 3,000 characters in a core journal counts 80 hours. A rule the table does not
 * know credits nothing, and the ledger says so rather than guess.
 */
public final class ProvincialCreditTable {

    /** Jiangxi's published example, the default until a province configures its own. */
    public static final ProvincialCreditTable JIANGXI = new ProvincialCreditTable("360000",
            Map.of("CORE_JOURNAL_PAPER_3000", CreditHours.of(80)));

    private final String provinceCode;
    private final Map<String, CreditHours> hoursByRule;

    public ProvincialCreditTable(String provinceCode, Map<String, CreditHours> hoursByRule) {
        this.provinceCode = Objects.requireNonNull(provinceCode, "provinceCode");
        this.hoursByRule = Collections.unmodifiableMap(new LinkedHashMap<>(hoursByRule));
    }

    /**
     * Reads {@code RULE=HOURS,RULE=HOURS} (e.g. {@code CORE_JOURNAL_PAPER_3000=80,GRADED_COURSEWORK=10}).
     *
     * @throws IllegalArgumentException naming the part that is not a rule and a number of half hours
     */
    public static ProvincialCreditTable parse(String provinceCode, String text) {
        Map<String, CreditHours> rules = new LinkedHashMap<>();
        for (String pair : Objects.requireNonNull(text, "text").split(",")) {
            String[] parts = pair.split("=");
            if (parts.length != 2 || !parts[0].strip().matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalArgumentException("expected RULE_CODE=HOURS, got '" + pair.strip() + "'");
            }
            CreditHours hours;
            try {
                hours = CreditHours.parse(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number of hours: '" + parts[1].strip() + "'", e);
            }
            if (rules.put(parts[0].strip(), hours) != null) {
                throw new IllegalArgumentException("rule " + parts[0].strip() + " given twice");
            }
        }
        return new ProvincialCreditTable(provinceCode, rules);
    }

    public Optional<CreditHours> hoursFor(String ruleCode) {
        return Optional.ofNullable(ruleCode == null ? null : hoursByRule.get(ruleCode));
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Map<String, CreditHours> rules() {
        return hoursByRule;
    }
}
