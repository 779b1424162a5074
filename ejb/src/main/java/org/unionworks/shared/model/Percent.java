package org.unionworks.shared.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the dashboards and filings print them: per cent with one decimal, rounded half up. */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} in per cent, one decimal; null when the whole is empty (nothing to share). */
    public static BigDecimal of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
