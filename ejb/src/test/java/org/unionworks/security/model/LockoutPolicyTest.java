package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    @Test
    void standardLocksAfterFiveFailuresForFifteenMinutes() {
        LockoutPolicy standard = LockoutPolicy.standard();
        assertEquals(5, standard.maxFailures());
        assertEquals(Duration.ofMinutes(15), standard.lockDuration());
        assertFalse(standard.locksAfter(4));
        assertTrue(standard.locksAfter(5));
        assertTrue(standard.locksAfter(6));
    }

    @Test
    void lockedUntilAddsTheDuration() {
        OffsetDateTime now = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        assertEquals(now.plusMinutes(30), new LockoutPolicy(3, Duration.ofMinutes(30)).lockedUntil(now));
    }

    @Test
    void aConfiguredThresholdIsHonoured() {
        LockoutPolicy strict = new LockoutPolicy(1, Duration.ofSeconds(1));
        assertTrue(strict.locksAfter(1));
        assertFalse(strict.locksAfter(0));
    }

    @Test
    void refusesPoliciesThatNeverLockOrLockForNoTime() {
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(5, Duration.ofMinutes(-1)));
    }
}
