package org.unionworks.security.model;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Login-failure lockout (GB/T 22239 level 3; common practice 5 failures, 15 minutes).
 * Both numbers are configuration; these are the defaults.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK_DURATION = Duration.ofMinutes(15);

    public LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("invalid lockout policy");
        }
    }

    public static LockoutPolicy standard() {
        return new LockoutPolicy(DEFAULT_MAX_FAILURES, DEFAULT_LOCK_DURATION);
    }

    /** After this many consecutive failures the account locks. */
    public boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }

    public OffsetDateTime lockedUntil(OffsetDateTime now) {
        return now.plus(lockDuration);
    }
}
