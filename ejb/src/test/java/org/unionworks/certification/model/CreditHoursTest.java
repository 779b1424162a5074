package org.unionworks.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hours at the requirement's edges: 71.5 / 72 for an assistant, 89.5 / 90 for the others. */
class CreditHoursTest {

    @ParameterizedTest(name = "{0} h for {1}: short by {2}")
    @CsvSource({
        "71.5, ASSISTANT,     0.5, false",
        "72,   ASSISTANT,     0,   true",
        "72.5, ASSISTANT,     0,   true",
        "89.5, SOCIAL_WORKER, 0.5, false",
        "90,   SOCIAL_WORKER, 0,   true",
        "89.5, SENIOR,        0.5, false",
        "90.0, SENIOR,        0,   true",
        "0,    SENIOR,        90,  false"})
    void theRequirementIsReachedExactlyAtItsHours(String earned, CertificateLevel level, String shortBy,
                                                   boolean reached) {
        CreditHours hours = CreditHours.parse(earned);
        assertEquals(CreditHours.parse(shortBy), hours.shortOf(level.hoursPerCycle()));
        assertEquals(reached, hours.reaches(level.hoursPerCycle()));
    }

    @ParameterizedTest
    @CsvSource({"3.5, 68.5, 72.0", "0.5, 0.5, 1.0", "90, 0, 90"})
    void sumsAreExact(String a, String b, String sum) {
        assertEquals(CreditHours.parse(sum), CreditHours.parse(a).plus(CreditHours.parse(b)));
        assertEquals(new BigDecimal(sum).setScale(1), CreditHours.parse(a).plus(CreditHours.parse(b)).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0.25", "71.9", "-0.5"})
    void negativeOrFinerThanHalfAnHourIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> CreditHours.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"72", "72.0", "72.00"})
    void theSameAmountIsEqualWhateverItsScale(String text) {
        assertEquals(CreditHours.of(72), CreditHours.parse(text));
        assertEquals(CreditHours.of(72).hashCode(), CreditHours.parse(text).hashCode());
        assertEquals("72.0", CreditHours.parse(text).toString());
        assertFalse(CreditHours.parse(text).compareTo(CreditHours.of(72)) != 0);
        assertTrue(CreditHours.parse(text).reaches(CreditHours.of(72)));
    }
}
