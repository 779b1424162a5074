package org.unionworks.education.model;

/**
 * When a compliance report keeps the hours it had to compute in place ({@link ComplianceStatistics#keepEarnedHours}):
 * keeping them is a second pass over the whole subtree, so it pays once they are a noticeable share of the people in
 * a cycle — after a load, a new credit table or a new cycle for many — and not for the few people whose activities
 * changed since the last report, who cost little to compute in place each time.
 */
public final class KeptHoursPolicy {

    /** Keep from this share of the people in a cycle computed in place, in percent. */
    public static final int FROM_PERCENT = 1;

    private KeptHoursPolicy() {
    }

    /** Whether to keep, {@code computedInPlace} of {@code inCycle} people having had no matching kept row. */
    public static boolean worthKeeping(long computedInPlace, long inCycle) {
        if (computedInPlace < 0 || inCycle < computedInPlace) {
            throw new IllegalArgumentException(computedInPlace + " computed in place of " + inCycle);
        }
        return computedInPlace > 0 && computedInPlace * 100 >= inCycle * FROM_PERCENT;
    }
}
