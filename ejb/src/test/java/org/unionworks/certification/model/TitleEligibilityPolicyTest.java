package org.unionworks.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The title linkage for every certificate level and appointment, at the appointment's end day. */
class TitleEligibilityPolicyTest {

    private static final TitleEligibilityPolicy POLICY = TitleEligibilityPolicy.defaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void theDefaultMappingIsTheNationalOne() {
        assertEquals(Optional.of(TitleLevel.ASSISTANT), POLICY.eligibleFor(CertificateLevel.ASSISTANT));
        assertEquals(Optional.of(TitleLevel.INTERMEDIATE), POLICY.eligibleFor(CertificateLevel.SOCIAL_WORKER));
        assertEquals(Optional.of(TitleLevel.ASSOCIATE_SENIOR), POLICY.eligibleFor(CertificateLevel.SENIOR));
        assertEquals(Optional.empty(), POLICY.eligibleFor(null), "no valid certificate, no eligibility");
    }

    @ParameterizedTest(name = "{0} appointed {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "-,             -,                NOT_ELIGIBLE",
        "ASSISTANT,     -,                ELIGIBLE_NOT_APPOINTED",
        "SOCIAL_WORKER, -,                ELIGIBLE_NOT_APPOINTED",
        "SENIOR,        -,                ELIGIBLE_NOT_APPOINTED",
        "-,             TECHNICIAN,       APPOINTED_ABOVE_ELIGIBILITY",
        "-,             ASSISTANT,        APPOINTED_ABOVE_ELIGIBILITY",
        "ASSISTANT,     TECHNICIAN,       APPOINTED_BELOW_ELIGIBILITY",
        "ASSISTANT,     ASSISTANT,        MATCHED",
        "ASSISTANT,     INTERMEDIATE,     APPOINTED_ABOVE_ELIGIBILITY",
        "SOCIAL_WORKER, ASSISTANT,        APPOINTED_BELOW_ELIGIBILITY",
        "SOCIAL_WORKER, INTERMEDIATE,     MATCHED",
        "SOCIAL_WORKER, ASSOCIATE_SENIOR, APPOINTED_ABOVE_ELIGIBILITY",
        "SENIOR,        INTERMEDIATE,     APPOINTED_BELOW_ELIGIBILITY",
        "SENIOR,        ASSOCIATE_SENIOR, MATCHED",
        "SENIOR,        SENIOR,           APPOINTED_ABOVE_ELIGIBILITY"})
    void everyLevelAgainstEveryRelevantAppointment(CertificateLevel certificate, TitleLevel appointed,
                                                   TitleLinkage expected) {
        assertEquals(expected, POLICY.assess(certificate, appointed, null, TODAY));
    }

    @Test
    void anAppointmentEndsOnItsEndDay() {
        LocalDate ends = TODAY.plusDays(1);
        assertEquals(TitleLinkage.MATCHED, POLICY.assess(CertificateLevel.SOCIAL_WORKER, TitleLevel.INTERMEDIATE, ends,
                TODAY), "the day before the end");
        assertEquals(TitleLinkage.APPOINTMENT_EXPIRED, POLICY.assess(CertificateLevel.SOCIAL_WORKER,
                TitleLevel.INTERMEDIATE, TODAY, TODAY), "the end day itself");
        assertEquals(TitleLinkage.APPOINTMENT_EXPIRED, POLICY.assess(null, TitleLevel.INTERMEDIATE, TODAY, TODAY));
    }

    @Test
    void theMismatchFilingListsTheThreeCasesTheIssueNames() {
        assertTrue(TitleLinkage.ELIGIBLE_NOT_APPOINTED.isMismatch());
        assertTrue(TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY.isMismatch());
        assertTrue(TitleLinkage.APPOINTMENT_EXPIRED.isMismatch());
        assertFalse(TitleLinkage.MATCHED.isMismatch());
        assertFalse(TitleLinkage.APPOINTED_BELOW_ELIGIBILITY.isMismatch());
        assertFalse(TitleLinkage.NOT_ELIGIBLE.isMismatch());
    }

    @Test
    void aProvinceMayMapDifferentlyFromConfiguration() {
        TitleEligibilityPolicy policy = TitleEligibilityPolicy.parse(
                " assistant = technician , SOCIAL_WORKER=ASSISTANT,SENIOR=INTERMEDIATE ");
        assertEquals(Map.of(CertificateLevel.ASSISTANT, TitleLevel.TECHNICIAN, CertificateLevel.SOCIAL_WORKER,
                TitleLevel.ASSISTANT, CertificateLevel.SENIOR, TitleLevel.INTERMEDIATE), policy.mapping());
        assertEquals(TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY,
                policy.assess(CertificateLevel.SOCIAL_WORKER, TitleLevel.INTERMEDIATE, null, TODAY));
        assertEquals(TitleEligibilityPolicy.defaults().mapping(), TitleEligibilityPolicy.parse(
                "ASSISTANT=ASSISTANT,SOCIAL_WORKER=INTERMEDIATE,SENIOR=ASSOCIATE_SENIOR").mapping());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ASSISTANT=ASSISTANT,SOCIAL_WORKER=INTERMEDIATE", "ASSISTANT=ASSISTANT,"
            + "SOCIAL_WORKER=INTERMEDIATE,SENIOR=ASSISTANT", "ASSISTANT=ASSISTANT,SOCIAL_WORKER=MIDDLE,SENIOR=SENIOR",
        "ASSISTANT=ASSISTANT,SOCIAL_WORKER,SENIOR=SENIOR", "ASSISTANT=ASSISTANT,ASSISTANT=ASSISTANT,"
            + "SOCIAL_WORKER=INTERMEDIATE,SENIOR=SENIOR", ""})
    void aMappingThatMissesALevelDecreasesOrNamesAnUnknownLevelIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> TitleEligibilityPolicy.parse(text));
    }
}
