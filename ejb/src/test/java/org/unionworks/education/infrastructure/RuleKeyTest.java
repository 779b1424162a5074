package org.unionworks.education.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.education.model.ProvincialCreditTable;

/** The key kept hours are computed under: the same rules give the same key, other rules another. */
class RuleKeyTest {

    @Test
    void theSameRulesInAnyOrderAndScaleGiveTheSameKey() {
        Map<String, CreditHours> one = new LinkedHashMap<>();
        one.put("CORE_JOURNAL_PAPER_3000", CreditHours.of(80));
        one.put("GRADED_COURSEWORK", CreditHours.parse("10.0"));
        Map<String, CreditHours> other = new LinkedHashMap<>();
        other.put("GRADED_COURSEWORK", CreditHours.parse("10"));
        other.put("CORE_JOURNAL_PAPER_3000", CreditHours.parse("80.0"));
        String key = SqlComplianceStatistics.ruleKey(new ProvincialCreditTable("360000", one));
        assertEquals(key, SqlComplianceStatistics.ruleKey(new ProvincialCreditTable("360000", other)));
        assertEquals(64, key.length(), "a SHA-256 in hex fits rule_key");
    }

    @Test
    void anotherCreditOrAnotherRuleGivesAnotherKey() {
        String jiangxi = SqlComplianceStatistics.ruleKey(ProvincialCreditTable.JIANGXI);
        assertNotEquals(jiangxi, SqlComplianceStatistics.ruleKey(new ProvincialCreditTable("360000",
                Map.of("CORE_JOURNAL_PAPER_3000", CreditHours.parse("79.5")))));
        assertNotEquals(jiangxi, SqlComplianceStatistics.ruleKey(new ProvincialCreditTable("360000",
                Map.of("CORE_JOURNAL_PAPER_5000", CreditHours.of(80)))));
        assertNotEquals(jiangxi, SqlComplianceStatistics.ruleKey(new ProvincialCreditTable("360000", Map.of())));
    }
}
