package org.unionworks.education.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;

class OrgComplianceTest {

    private static final DivisionCode NANCHANG = DivisionCode.of("360100");

    private static OrgCompliance unit(long inCycle, long compliant, long dueSoon, String hours) {
        return new OrgCompliance(7, "东湖区总工会", NANCHANG, inCycle, compliant, dueSoon, new BigDecimal(hours));
    }

    @Test
    void theRateIsPerCentWithOneDecimalRoundedHalfUpAndAbsentWithNobodyInACycle() {
        assertEquals(new BigDecimal("66.7"), unit(3, 2, 0, "1").ratePercent());
        assertEquals(new BigDecimal("100.0"), unit(4, 4, 0, "0").ratePercent());
        assertEquals(new BigDecimal("0.0"), unit(4, 0, 0, "288").ratePercent());
        // 1/8 = 12.5 exactly; 1/16 = 6.25 rounds half up to 6.3
        assertEquals(new BigDecimal("12.5"), unit(8, 1, 0, "1").ratePercent());
        assertEquals(new BigDecimal("6.3"), unit(16, 1, 0, "1").ratePercent());
        assertNull(unit(0, 0, 0, "0").ratePercent());
        assertEquals(1, unit(3, 2, 0, "1").shortOfHours());
    }

    @Test
    void theTotalAddsEveryFigureAndKeepsHalfHours() {
        OrgCompliance total = OrgCompliance.total("南昌市总工会", NANCHANG,
                List.of(unit(3, 2, 1, "0.5"), unit(5, 1, 2, "100.0"), unit(0, 0, 0, "0")));
        assertEquals(OrgCompliance.TOTAL_ID, total.orgUnitId());
        assertEquals(8, total.inCycle());
        assertEquals(3, total.compliant());
        assertEquals(3, total.shortDueSoon());
        assertEquals(new BigDecimal("100.5"), total.shortfallHours());
        assertEquals(new BigDecimal("37.5"), total.ratePercent());
    }

    @Test
    void inconsistentFiguresAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> unit(2, 3, 0, "0"), "more compliant than in a cycle");
        assertThrows(IllegalArgumentException.class, () -> unit(3, 2, 2, "1"), "more due soon than short");
        assertThrows(IllegalArgumentException.class, () -> unit(3, 2, 0, "-1"), "negative hours");
        assertThrows(IllegalArgumentException.class, () -> unit(3, 2, 0, "0.25"), "hours come in tenths");
    }
}
