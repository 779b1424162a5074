package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** The floor the class allows: fast enough for a unit test, same code path as production. */
    private final PasswordHasher hasher = new PasswordHasher(10_000);

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void aHashMatchesItsPasswordOnly() {
        String stored = hasher.hash(pw("Qwerty-20245"));
        assertTrue(hasher.matches(pw("Qwerty-20245"), stored));
        assertFalse(hasher.matches(pw("Qwerty-20246"), stored));
        assertFalse(hasher.matches(pw("qwerty-20245"), stored));
        assertFalse(hasher.matches(pw(""), stored));
    }

    @Test
    void theHashDescribesItsAlgorithmAndWorkFactor() {
        assertTrue(hasher.hash(pw("Qwerty-20245")).startsWith("pbkdf2-sha512$10000$"));
    }

    @Test
    void hashesAreSaltedSoTheSamePasswordHashesDifferently() {
        String first = hasher.hash(pw("Qwerty-20245"));
        String second = hasher.hash(pw("Qwerty-20245"));
        assertNotEquals(first, second);
        assertTrue(hasher.matches(pw("Qwerty-20245"), first));
        assertTrue(hasher.matches(pw("Qwerty-20245"), second));
    }

    @Test
    void aHashMadeWithAnotherWorkFactorStillMatches() {
        String stored = new PasswordHasher(12_000).hash(pw("Qwerty-20245"));
        assertTrue(hasher.matches(pw("Qwerty-20245"), stored));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "garbage",
            "Qwerty-20245",
            "bcrypt$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
            "pbkdf2-sha512$10000$AAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2-sha512$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAA$AAAA",
            "pbkdf2-sha512$ten$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
            "pbkdf2-sha512$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
            "pbkdf2-sha512$-1$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
            "pbkdf2-sha512$10000$not*base64!$AAAA",
            "pbkdf2-sha512$10000$$AAAA",
            "pbkdf2-sha512$10000$AAAAAAAAAAAAAAAAAAAAAA$"})
    void aMalformedStoredHashNeverMatchesAndNeverThrows(String stored) {
        assertDoesNotThrow(() -> assertFalse(hasher.matches(pw("Qwerty-20245"), stored)));
    }

    @Test
    void aTruncatedHashDoesNotMatch() {
        String stored = hasher.hash(pw("Qwerty-20245"));
        assertFalse(hasher.matches(pw("Qwerty-20245"), stored.substring(0, stored.length() - 4)));
    }

    @Test
    void needsRehashWhenMadeWithFewerIterationsThanConfigured() {
        String weak = hasher.hash(pw("Qwerty-20245"));
        assertFalse(hasher.needsRehash(weak));
        assertTrue(new PasswordHasher(20_000).needsRehash(weak));
        assertFalse(new PasswordHasher(20_000).needsRehash(new PasswordHasher(30_000).hash(pw("Qwerty-20245"))));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "pbkdf2-sha512$ten$AAAA$AAAA"})
    void aMalformedStoredHashNeedsRehash(String stored) {
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void fewerThanTenThousandIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(9_999));
    }

    @Test
    void theStandardHasherUsesTheOwaspWorkFactor() {
        PasswordHasher standard = PasswordHasher.standard();
        String stored = standard.hash(pw("Qwerty-20245"));
        assertTrue(stored.startsWith("pbkdf2-sha512$" + PasswordHasher.DEFAULT_ITERATIONS + "$"));
        assertTrue(standard.matches(pw("Qwerty-20245"), stored));
        assertFalse(standard.needsRehash(stored));
        assertTrue(standard.needsRehash(hasher.hash(pw("Qwerty-20245"))));
    }
}
