package org.unionworks.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void aShareHasOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("33.3"), Percent.of(1, 3));
        assertEquals(new BigDecimal("66.7"), Percent.of(2, 3));
        assertEquals(new BigDecimal("0.1"), Percent.of(1, 2000), "0.05 rounds up");
        assertEquals(new BigDecimal("100.0"), Percent.of(5, 5));
        assertEquals(new BigDecimal("150.0"), Percent.of(3, 2), "more than planned stays visible");
    }

    @Test
    void amountsFollowTheSameRule() {
        assertEquals(new BigDecimal("37.5"), Percent.of(new BigDecimal("45.0"), new BigDecimal("120.0")));
        assertEquals(Percent.of(1, 3), Percent.of(BigDecimal.ONE, new BigDecimal("3.0")));
    }

    @Test
    void nothingToShareIsNoShare() {
        assertNull(Percent.of(0, 0));
        assertNull(Percent.of(BigDecimal.TEN, BigDecimal.ZERO));
        assertNull(Percent.of(BigDecimal.ONE, new BigDecimal("0.0")));
    }
}
