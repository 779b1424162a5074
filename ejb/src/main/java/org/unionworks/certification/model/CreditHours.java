package org.unionworks.certification.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Continuing-education hours, kept to the half hour the providers record (a 3.5-hour session), never negative.
 * Sums and shortfalls are exact: 71.5 hours is short of 72 by 0.5, not "about 72".
 */
public final class CreditHours implements Comparable<CreditHours> {

    public static final CreditHours ZERO = new CreditHours(BigDecimal.ZERO.setScale(1));
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final BigDecimal value;

    private CreditHours(BigDecimal value) {
        this.value = value;
    }

    public static CreditHours of(long hours) {
        return of(BigDecimal.valueOf(hours));
    }

    /**
     * @throws IllegalArgumentException for a negative amount or one that is not a whole number of half hours
     */
    public static CreditHours of(BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("negative hours: " + hours);
        }
        if (hours.remainder(HALF).signum() != 0) {
            throw new IllegalArgumentException("hours are recorded to the half hour: " + hours);
        }
        return new CreditHours(hours.setScale(1, RoundingMode.UNNECESSARY));
    }

    public static CreditHours parse(String text) {
        return of(new BigDecimal(text.strip()));
    }

    public CreditHours plus(CreditHours other) {
        return new CreditHours(value.add(other.value));
    }

    /** What is missing to reach {@code required}; zero once it is reached. */
    public CreditHours shortOf(CreditHours required) {
        BigDecimal missing = required.value.subtract(value);
        return missing.signum() <= 0 ? ZERO : new CreditHours(missing);
    }

    public boolean reaches(CreditHours required) {
        return compareTo(required) >= 0;
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(CreditHours o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditHours other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
