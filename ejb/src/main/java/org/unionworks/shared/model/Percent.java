package org.unionworks.shared.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the dashboards and filings print them: per cent with one decimal, rounded half up. */
public final class Percent {

    private Percent() {
    }

    /** {@code part} of {@code whole} in per cent, one decimal; null when the whole is empty (nothing to share). */
    public static BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** The same for amounts (hours): null when the whole is zero or less. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
