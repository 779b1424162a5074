package org.unionworks.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.Employment;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.Profile;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.SealedValue;
import org.unionworks.shared.model.DomainException;

class CertificateTest {

    private static final RegistrationRules RULES = RegistrationRules.NATIONAL;
    private static final CreditHours NONE_SHORT = CreditHours.ZERO;
    private static final ResidentId ID = ResidentId.parse("11010519491231002X");

    static Professional professional() {
        OrgUnit city = OrgUnit.root(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"));
        return Professional.register(new Profile("张晓红", EducationLevel.fromCode("21"), "社会工作", true, null,
                        ProfessionalCategory.SOCIAL_WORKER), ID, new SealedValue("k1:cipher", "index-1", ID.masked()),
                city, Employment.of(EmploymentMode.DIRECT_HIRE, null), LocalDate.of(2015, 3, 1), RecordSource.ENTERED,
                "official");
    }

    static Certificate certificate(CertificateLevel level, String number, LocalDate issuedOn) {
        return new Certificate(professional(), level, number, issuedOn.getYear(), issuedOn, "江西省人力资源和社会保障厅",
                CertificateSource.ENTERED, "official");
    }

    /** Registered from 2018-09-01: the period runs until 2021-09-01 (exclusive). */
    static Certificate registered() {
        Certificate c = certificate(CertificateLevel.SOCIAL_WORKER, "2018-3600123", LocalDate.of(2018, 7, 1));
        Registration first = c.apply(LocalDate.of(2018, 8, 1), RULES, "official");
        first.advance(RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2018, 8, 10), RULES, NONE_SHORT, "reviewer");
        first.advance(RegistrationStatus.FINAL_REVIEW_PASSED, LocalDate.of(2018, 8, 20), RULES, NONE_SHORT, "reviewer");
        first.advance(RegistrationStatus.COMPLETED, LocalDate.of(2018, 9, 1), RULES, NONE_SHORT, "reviewer");
        return c;
    }

    @Test
    void aFirstRegistrationStartsPendingAndCoversThreeYearsFromTheDayItCompletes() {
        Certificate c = registered();
        Registration first = c.getRegistrations().get(0);

        assertEquals(RegistrationKind.FIRST, first.getKind());
        assertEquals(RegistrationStatus.COMPLETED, first.getStatus());
        assertEquals(LocalDate.of(2018, 9, 1), first.getValidFrom());
        assertEquals(LocalDate.of(2021, 9, 1), first.getValidUntil());
        assertEquals(first, c.currentRegistration().orElseThrow());
        assertTrue(c.openApplication().isEmpty());
    }

    @Test
    void onlyTheNextStepOfTheReviewIsAllowed() {
        Certificate c = certificate(CertificateLevel.ASSISTANT, "2019-3600007", LocalDate.of(2019, 7, 1));
        Registration r = c.apply(LocalDate.of(2019, 8, 1), RULES, "official");

        DomainException e = assertThrows(DomainException.class, () -> r.advance(RegistrationStatus.COMPLETED,
                LocalDate.of(2019, 8, 2), RULES, NONE_SHORT, "reviewer"));
        assertEquals("certification.registration.step", e.messageKey());
        assertThrows(DomainException.class, () -> c.apply(LocalDate.of(2019, 8, 2), RULES, "official"),
                "one open application at a time");
        assertThrows(DomainException.class, () -> r.advance(RegistrationStatus.FIRST_REVIEW_PASSED,
                LocalDate.of(2019, 7, 31), RULES, NONE_SHORT, "reviewer"), "decided before it was filed");

        r.advance(RegistrationStatus.FIRST_REVIEW_FAILED, LocalDate.of(2019, 8, 5), RULES, NONE_SHORT, "reviewer");
        assertFalse(r.isOpen());
        r.advance(RegistrationStatus.PENDING, LocalDate.of(2019, 8, 6), RULES, NONE_SHORT, "official");
        assertTrue(r.isOpen(), "a failed application is resubmitted");
    }

    @Test
    void aRenewalCannotBeFiledBeforeTheWindowOpensThreeMonthsBeforeExpiry() {
        Certificate c = registered();

        DomainException e = assertThrows(DomainException.class,
                () -> c.apply(LocalDate.of(2021, 5, 31), RULES, "official"));
        assertEquals("certification.renewal.tooEarly", e.messageKey());
        assertEquals(LocalDate.of(2021, 6, 1), e.arguments()[0]);

        Registration renewal = c.apply(LocalDate.of(2021, 6, 1), RULES, "official");
        assertEquals(RegistrationKind.RENEWAL, renewal.getKind());
        assertEquals(RegistrationStatus.PENDING, renewal.getStatus());
    }

    @Test
    void aRenewalIsHeldAtPendingWhileHoursAreShortButCanBeFailed() {
        Certificate c = registered();
        Registration renewal = c.apply(LocalDate.of(2021, 7, 1), RULES, "official");

        DomainException e = assertThrows(DomainException.class, () -> renewal.advance(
                RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2021, 7, 2), RULES, CreditHours.parse("0.5"),
                "reviewer"));
        assertEquals("certification.renewal.hoursShort", e.messageKey());
        assertEquals("0.5", e.arguments()[0]);
        assertEquals(RegistrationStatus.PENDING, renewal.getStatus());

        renewal.advance(RegistrationStatus.FIRST_REVIEW_FAILED, LocalDate.of(2021, 7, 2), RULES,
                CreditHours.parse("0.5"), "reviewer");
        assertEquals(RegistrationStatus.FIRST_REVIEW_FAILED, renewal.getStatus());
    }

    @Test
    void aRenewalOnTimeContinuesThePeriodWithoutAGap() {
        Certificate c = registered();
        Registration renewal = c.apply(LocalDate.of(2021, 7, 1), RULES, "official");
        renewal.advance(RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2021, 7, 5), RULES, NONE_SHORT, "r");
        renewal.advance(RegistrationStatus.FINAL_REVIEW_PASSED, LocalDate.of(2021, 7, 10), RULES, NONE_SHORT, "r");
        renewal.advance(RegistrationStatus.COMPLETED, LocalDate.of(2021, 7, 20), RULES, NONE_SHORT, "r");

        assertEquals(LocalDate.of(2021, 9, 1), renewal.getValidFrom(), "from the end of the renewed period");
        assertEquals(LocalDate.of(2024, 9, 1), renewal.getValidUntil());
        assertEquals(renewal, c.currentRegistration().orElseThrow());
    }

    @Test
    void aLateRenewalCoversFromTheDayItCompletes() {
        Certificate c = registered();
        Registration renewal = c.apply(LocalDate.of(2021, 10, 1), RULES, "official");
        renewal.advance(RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2021, 10, 5), RULES, NONE_SHORT, "r");
        renewal.advance(RegistrationStatus.FINAL_REVIEW_PASSED, LocalDate.of(2021, 10, 10), RULES, NONE_SHORT, "r");
        renewal.advance(RegistrationStatus.COMPLETED, LocalDate.of(2021, 10, 20), RULES, NONE_SHORT, "r");

        assertEquals(LocalDate.of(2021, 10, 20), renewal.getValidFrom(), "the lapsed weeks stay uncovered");
        assertEquals(LocalDate.of(2024, 10, 20), renewal.getValidUntil());
    }

    @Test
    void aRevokedCertificateIsNeitherRegisteredNorApproved() {
        Certificate c = certificate(CertificateLevel.ASSISTANT, "2019-3600008", LocalDate.of(2019, 7, 1));
        Registration r = c.apply(LocalDate.of(2019, 8, 1), RULES, "official");
        c.revoke(LocalDate.of(2019, 8, 3));

        assertThrows(DomainException.class, () -> r.advance(RegistrationStatus.FIRST_REVIEW_PASSED,
                LocalDate.of(2019, 8, 4), RULES, NONE_SHORT, "reviewer"));
        assertThrows(DomainException.class, () -> c.revoke(LocalDate.of(2019, 8, 5)), "revoked once");
        r.advance(RegistrationStatus.FIRST_REVIEW_FAILED, LocalDate.of(2019, 8, 4), RULES, NONE_SHORT, "reviewer");
        assertEquals(CertificateStatus.REVOKED, c.getStatus());
    }

    @Test
    void numbersAndExamYearsAreChecked() {
        assertEquals("ZS-2019-0001", Certificate.checkedNumber(" zs-2019-0001 "));
        for (String bad : new String[] {null, "", "12", "含中文的编号", "a b c d", "<script>"}) {
            assertThrows(DomainException.class, () -> Certificate.checkedNumber(bad), String.valueOf(bad));
        }
        LocalDate issued = LocalDate.of(2019, 2, 1);
        new Certificate(professional(), CertificateLevel.ASSISTANT, "2018-0001", 2018, issued, "民政部",
                CertificateSource.ENTERED, "official");
        for (int year : new int[] {2007, 2017, 2020}) {
            DomainException e = assertThrows(DomainException.class, () -> new Certificate(professional(),
                    CertificateLevel.ASSISTANT, "2018-0001", year, issued, "民政部", CertificateSource.ENTERED, "o"));
            assertEquals("certification.examYear.invalid", e.messageKey(), "exam year " + year);
        }
        assertThrows(DomainException.class, () -> new Certificate(professional(), CertificateLevel.ASSISTANT,
                "2018-0001", 2026, LocalDate.now(org.unionworks.shared.model.ChinaTime.ZONE).plusDays(1), "民政部", CertificateSource.ENTERED, "o"));
    }

    @Test
    void theStandingCountsTheHighestValidCertificateAndTheLatestAppointment() {
        Professional p = professional();
        Certificate assistant = new Certificate(p, CertificateLevel.ASSISTANT, "2016-0001", 2016,
                LocalDate.of(2016, 7, 1), "民政部", CertificateSource.ENTERED, "o");
        Certificate socialWorker = registered();
        Appointment first = new Appointment(p, TitleLevel.ASSISTANT, "南昌市总工会", LocalDate.of(2017, 1, 1),
                LocalDate.of(2020, 1, 1), "洪工〔2017〕1号", "o");
        Appointment second = new Appointment(p, TitleLevel.INTERMEDIATE, "南昌市总工会", LocalDate.of(2020, 1, 1),
                null, "洪工〔2020〕9号", "o");
        CertificationStanding standing = new CertificationStanding();

        assertTrue(standing.refresh(List.of(assistant, socialWorker), List.of(second, first), RULES));
        assertEquals(CertificateLevel.SOCIAL_WORKER, standing.getLevel());
        assertEquals("2018-3600123", standing.getCertificateNumber());
        assertEquals(RegistrationStatus.COMPLETED, standing.getRegistrationStatus());
        assertEquals(LocalDate.of(2021, 9, 1), standing.getRegisteredUntil());
        assertNull(standing.getFirstRegistrationDue(), "registered: nothing due");
        assertEquals(TitleLevel.INTERMEDIATE, standing.getTitleLevel());
        assertNull(standing.getAppointmentEnds());
        assertEquals(TitleLinkage.MATCHED, standing.linkage(TitleEligibilityPolicy.defaults(), LocalDate.of(2022, 1, 1)));
        assertFalse(standing.refresh(List.of(assistant, socialWorker), List.of(first, second), RULES),
                "same records, nothing changed");

        socialWorker.revoke(LocalDate.of(2022, 3, 1));
        assertTrue(standing.refresh(List.of(assistant, socialWorker), List.of(first, second), RULES));
        assertEquals(CertificateLevel.ASSISTANT, standing.getLevel(), "back to the highest valid one");
        assertEquals(RegistrationStatus.NOT_APPLIED, standing.getRegistrationStatus());
        assertEquals(LocalDate.of(2017, 7, 1), standing.getFirstRegistrationDue());
        assertEquals(TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY,
                standing.linkage(TitleEligibilityPolicy.defaults(), LocalDate.of(2022, 3, 2)));

        assistant.revoke(LocalDate.of(2022, 4, 1));
        assertTrue(standing.refresh(List.of(assistant, socialWorker), List.of(first, second), RULES));
        assertNull(standing.getLevel(), "the row stays, empty, so the change is reported");
        assertNull(standing.getRegistrationStatus());
    }
}
