package org.unionworks.education.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CreditHours;

/** Hours at 71.5 / 72 / 89.5 / 90, the degree counted once, the cycle's edges, the provincial table. */
class CycleCompliancePolicyTest {

    private static final LocalDate FROM = LocalDate.of(2024, 6, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 6, 1);
    private static final CycleCompliancePolicy POLICY = new CycleCompliancePolicy(ProvincialCreditTable.JIANGXI);

    private static EducationActivity training(long id, LocalDate on, String hours, boolean passed) {
        return new EducationActivity(id, ActivityKind.TRAINING, on, CreditHours.parse(hours), passed, null);
    }

    private static EducationActivity degree(long id, LocalDate on) {
        return new EducationActivity(id, ActivityKind.DEGREE, on, null, true, null);
    }

    private static EducationActivity paper(long id, LocalDate on, String rule) {
        return new EducationActivity(id, ActivityKind.PAPER, on, null, true, rule);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} h → compliant {3}, short {4}")
    @CsvSource({
        "ASSISTANT,     40, 31.5, false, 0.5",
        "ASSISTANT,     40, 32,   true,  0",
        "SOCIAL_WORKER, 60, 29.5, false, 0.5",
        "SOCIAL_WORKER, 60, 30,   true,  0",
        "SENIOR,        89, 0.5,  false, 0.5",
        "SENIOR,        89, 1,    true,  0"})
    void theRequirementIsMetAtExactlyItsHours(CertificateLevel level, String first, String second, boolean compliant,
                                              String shortBy) {
        CycleLedger ledger = POLICY.ledger(level, FROM, UNTIL, List.of(
                training(1, LocalDate.of(2025, 3, 1), first, true), training(2, LocalDate.of(2026, 3, 1), second, true)));
        assertEquals(compliant, ledger.compliant());
        assertEquals(CreditHours.parse(shortBy), ledger.shortfall());
        assertEquals(level.hoursPerCycle(), ledger.required());
        assertEquals(UNTIL, ledger.deadline());
        assertEquals(2, ledger.counted().size());
    }

    @Test
    void aDegreeCountsNinetyHoursOnceInALife() {
        EducationActivity bachelor = degree(1, LocalDate.of(2025, 7, 1));
        EducationActivity master = degree(2, LocalDate.of(2026, 7, 1));
        CycleLedger ledger = POLICY.ledger(CertificateLevel.SOCIAL_WORKER, FROM, UNTIL, List.of(master, bachelor));
        assertEquals(CreditHours.of(90), ledger.earned());
        assertEquals(List.of(new CycleLedger.Counted(bachelor, CreditHours.of(90))), ledger.counted());
        assertEquals(List.of(new CycleLedger.NotCounted(master, "ledger.reason.degreeCountedBefore")),
                ledger.notCounted());
        assertTrue(ledger.compliant());

        CycleLedger next = POLICY.ledger(CertificateLevel.SOCIAL_WORKER, UNTIL, UNTIL.plusYears(3),
                List.of(bachelor, master, degree(3, UNTIL.plusDays(10))));
        assertEquals(CreditHours.ZERO, next.earned(), "a degree of an earlier cycle does not count again");
        assertEquals(CreditHours.of(90), next.shortfall());
    }

    @Test
    void onlyActivitiesCompletedWithinTheCycleCount() {
        CycleLedger ledger = POLICY.ledger(CertificateLevel.ASSISTANT, FROM, UNTIL, List.of(
                training(1, FROM.minusDays(1), "10", true),
                training(2, FROM, "10", true),
                training(3, UNTIL.minusDays(1), "10", true),
                training(4, UNTIL, "10", true)));
        assertEquals(CreditHours.of(20), ledger.earned());
        assertEquals(List.of(2L, 3L), ledger.counted().stream().map(c -> c.activity().id()).toList());
        assertEquals(List.of(), ledger.notCounted(), "activities of other cycles are not this cycle's business");
    }

    @Test
    void aFailedTrainingAndAnUncreditedPaperCountNothingAndSayWhy() {
        EducationActivity failed = training(1, LocalDate.of(2025, 1, 1), "30", false);
        EducationActivity core = paper(2, LocalDate.of(2025, 2, 1), "CORE_JOURNAL_PAPER_3000");
        EducationActivity unknown = paper(3, LocalDate.of(2025, 3, 1), "NEWSPAPER_ARTICLE");
        CycleLedger ledger = POLICY.ledger(CertificateLevel.SOCIAL_WORKER, FROM, UNTIL, List.of(failed, core, unknown));
        assertEquals(CreditHours.of(80), ledger.earned(), "Jiangxi: a core-journal paper is 80 hours");
        assertEquals(CreditHours.of(10), ledger.shortfall());
        assertEquals(List.of(new CycleLedger.NotCounted(failed, "ledger.reason.notPassed"),
                new CycleLedger.NotCounted(unknown, "ledger.reason.noCreditRule")), ledger.notCounted());
        assertFalse(ledger.compliant());
    }

    @Test
    void anotherProvincesTableCreditsWhatItLists() {
        ProvincialCreditTable table = ProvincialCreditTable.parse("440000", "CORE_JOURNAL_PAPER_3000=60, COURSEWORK_GRADED=12.5");
        CycleLedger ledger = new CycleCompliancePolicy(table).ledger(CertificateLevel.ASSISTANT, FROM, UNTIL, List.of(
                paper(1, LocalDate.of(2025, 1, 1), "CORE_JOURNAL_PAPER_3000"),
                new EducationActivity(2, ActivityKind.COURSEWORK, LocalDate.of(2025, 2, 1), null, true,
                        "COURSEWORK_GRADED")));
        assertEquals(CreditHours.parse("72.5"), ledger.earned());
        assertTrue(ledger.compliant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"CORE=80,CORE=60", "core=80", "CORE=eighty", "CORE=80.25", "CORE", ""})
    void aMalformedTableIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> ProvincialCreditTable.parse("440000", text));
    }
}
