package org.unionworks.education.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeptHoursPolicyTest {

    @ParameterizedTest(name = "{0} of {1} computed in place: keep {2}")
    @CsvSource({"0, 0, false", "0, 72668, false", "1, 1, true", "726, 72668, false", "727, 72668, true",
            "72668, 72668, true", "9, 1000, false", "10, 1000, true"})
    void keepsFromOnePercentComputedInPlace(long inPlace, long inCycle, boolean keep) {
        assertEquals(keep, KeptHoursPolicy.worthKeeping(inPlace, inCycle));
    }

    @ParameterizedTest
    @CsvSource({"-1, 10", "11, 10"})
    void countsThatCannotBeAreRefused(long inPlace, long inCycle) {
        assertThrows(IllegalArgumentException.class, () -> KeptHoursPolicy.worthKeeping(inPlace, inCycle));
    }
}
