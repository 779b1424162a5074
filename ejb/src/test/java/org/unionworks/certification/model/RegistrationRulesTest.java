package org.unionworks.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The registration cycle at the exact edges: expiry day, window opening, leap day. */
class RegistrationRulesTest {

    private static final RegistrationRules RULES = RegistrationRules.NATIONAL;
    private static final LocalDate FROM = LocalDate.of(2024, 6, 1);

    @Test
    void aRegistrationIsValidForThreeYearsUpToTheDayBeforeItsAnniversary() {
        assertEquals(LocalDate.of(2027, 6, 1), RULES.expiresOn(FROM));
        assertTrue(RULES.covers(FROM, FROM));
        assertTrue(RULES.covers(FROM, LocalDate.of(2027, 5, 31)), "the last day");
        assertFalse(RULES.covers(FROM, LocalDate.of(2027, 6, 1)), "the expiry day is not covered");
        assertFalse(RULES.covers(FROM, FROM.minusDays(1)));
    }

    @Test
    void theRenewalWindowIsTheThreeMonthsBeforeExpiry() {
        assertEquals(LocalDate.of(2027, 3, 1), RULES.renewalOpensOn(FROM));
        assertFalse(RULES.inRenewalWindow(FROM, LocalDate.of(2027, 2, 28)), "the day before the window");
        assertTrue(RULES.inRenewalWindow(FROM, LocalDate.of(2027, 3, 1)), "the window's first day");
        assertTrue(RULES.inRenewalWindow(FROM, LocalDate.of(2027, 5, 31)), "the last valid day");
        assertFalse(RULES.inRenewalWindow(FROM, LocalDate.of(2027, 6, 1)), "the expiry day: lapsed, not renewable");
    }

    @Test
    void aRegistrationFromTheLeapDayRunsThroughTheEndOfFebruary() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertEquals(LocalDate.of(2027, 3, 1), RULES.expiresOn(leap));
        assertTrue(RULES.covers(leap, LocalDate.of(2027, 2, 28)));
        assertFalse(RULES.covers(leap, LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2026, 12, 1), RULES.renewalOpensOn(leap));
        assertEquals(LocalDate.of(2028, 3, 1), RULES.expiresOn(LocalDate.of(2025, 3, 1)),
                "1 March is an ordinary day, also in a leap year");
        assertEquals(LocalDate.of(2031, 2, 28), RULES.expiresOn(LocalDate.of(2028, 2, 28)),
                "28 February of a leap year is an ordinary day too");
    }

    @Test
    void aRegistrationEndingAtTheMonthsEndOpensItsWindowAtTheSameDayThreeMonthsEarlierOrTheMonthsLast() {
        LocalDate from = LocalDate.of(2024, 5, 31);
        assertEquals(LocalDate.of(2027, 5, 31), RULES.expiresOn(from));
        assertEquals(LocalDate.of(2027, 2, 28), RULES.renewalOpensOn(from));
    }

    @Test
    void theFirstRegistrationIsDueWithinAYearOfPassing() {
        assertEquals(LocalDate.of(2025, 6, 15), RULES.firstRegistrationDeadline(LocalDate.of(2024, 6, 15)));
        assertEquals(LocalDate.of(2025, 3, 1), RULES.firstRegistrationDeadline(LocalDate.of(2024, 2, 29)),
                "passed on the leap day: due through 28 February");
    }

    @Test
    void periodsArePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new RegistrationRules(Period.ZERO, Period.ofYears(3), Period.ofMonths(3)));
        assertThrows(IllegalArgumentException.class,
                () -> new RegistrationRules(Period.ofYears(1), Period.ofYears(-3), Period.ofMonths(3)));
    }
}
