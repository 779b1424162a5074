package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.certification.application.AppointmentForm;
import org.unionworks.certification.application.AssessmentForm;
import org.unionworks.certification.application.CertificateForm;
import org.unionworks.certification.application.CertificationProfile;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.application.CertificationViews.RegistrationView;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateStatus;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationRow;
import org.unionworks.certification.model.RegistrationKind;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.certification.model.TitleLevel;
import org.unionworks.certification.model.TitleLinkage;
import org.unionworks.education.application.EducationForm;
import org.unionworks.education.application.EducationService;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.Registrations;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.RegistryDashboardService;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/** Certificates, registrations with the renewal gate, appointments and the linkage lists, on the real server. */
@ExtendWith(ArquillianExtension.class)
class CertificationIT {

    private static final String AUTHORITY = "江西省人力资源和社会保障厅";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(CertificationIT.class);
    }

    @Inject
    Identities as;

    @Inject
    CertificationService certification;

    @Inject
    EducationService education;

    @Inject
    ProfessionalService professionals;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    RegistryDashboardService dashboard;

    private ProfessionalDetails newcomer(Identity who, String name) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        return who.call(() -> professionals.register(Registrations.newcomer(home, name, ResidentIds.fresh("360102"))));
    }

    private CertificateView certificate(Identity who, long professionalId, CertificateLevel level, LocalDate issuedOn)
            throws Exception {
        String number = "IT" + System.nanoTime();
        return who.call(() -> certification.addCertificate(new CertificateForm(professionalId, level, number,
                issuedOn.getYear(), issuedOn, AUTHORITY)));
    }

    /** Files and approves a registration through every review step; returns it completed on {@code completedOn}. */
    private RegistrationView register(Identity who, CertificateView c, LocalDate appliedOn, LocalDate completedOn)
            throws Exception {
        RegistrationView r = who.call(() -> certification.apply(c.id(), c.version(), appliedOn));
        for (RegistrationStatus step : List.of(RegistrationStatus.FIRST_REVIEW_PASSED,
                RegistrationStatus.FINAL_REVIEW_PASSED, RegistrationStatus.COMPLETED)) {
            RegistrationView current = r;
            r = who.call(() -> certification.advance(current.id(), current.version(), step, completedOn));
        }
        return r;
    }

    private void training(Identity who, long professionalId, String title, LocalDate on, String hours, boolean passed)
            throws Exception {
        who.call(() -> education.record(new EducationForm(professionalId, ActivityKind.TRAINING, title, "江西省总工会干部学校",
                on, new BigDecimal(hours), passed, null)));
    }

    @Test
    void aRenewalIsHeldWhileTheCyclesHoursAreShortAndPassesWithExactlyEnough() throws Exception {
        Identity official = as.nanchangOfficial();
        long id = newcomer(official, "甘再登").id();
        CertificateView c = certificate(official, id, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2019, 7, 1));
        RegistrationView first = register(official, c, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 9, 1));
        assertEquals(RegistrationKind.FIRST, first.kind());
        assertEquals(LocalDate.of(2022, 9, 1), first.validUntil(), "three years from completion");

        // 89.5 hours inside the cycle; a failed course and one before the cycle do not count
        training(official, id, "劳动争议调解实务", LocalDate.of(2020, 5, 10), "40", true);
        training(official, id, "集体协商指导", LocalDate.of(2021, 6, 20), "49.5", true);
        training(official, id, "心理疏导", LocalDate.of(2021, 9, 1), "10", false);
        training(official, id, "入职培训", LocalDate.of(2019, 8, 31), "30", true);

        CertificationProfile before = official.call(() -> certification.profile(id));
        assertEquals(0, new BigDecimal("0.5").compareTo(before.ledger().shortfall()), "90 required, 89.5 earned");
        assertEquals(2, before.ledger().counted().size());
        assertEquals(List.of("ledger.reason.notPassed"), before.ledger().notCounted().stream()
                .map(line -> line.reasonKey()).toList(), "the failed course is listed with its reason");

        RegistrationView renewal = official.call(() -> certification.apply(c.id(), c.version(),
                LocalDate.of(2022, 7, 1)));
        assertEquals(RegistrationKind.RENEWAL, renewal.kind());
        DomainException held = assertThrows(DomainException.class, () -> official.call(() -> certification.advance(
                renewal.id(), renewal.version(), RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2022, 7, 5))));
        assertEquals("certification.renewal.hoursShort", held.messageKey());
        assertEquals("0.5", held.arguments()[0]);
        assertEquals(RegistrationStatus.PENDING, official.call(() -> certification.profile(id)).certificates().get(0)
                .registrations().get(1).status(), "nothing moved");

        training(official, id, "政策解读", LocalDate.of(2022, 8, 31), "0.5", true);
        RegistrationView passed = official.call(() -> certification.advance(renewal.id(), renewal.version(),
                RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.of(2022, 7, 5)));
        RegistrationView finalPassed = official.call(() -> certification.advance(passed.id(), passed.version(),
                RegistrationStatus.FINAL_REVIEW_PASSED, LocalDate.of(2022, 7, 20)));
        RegistrationView completed = official.call(() -> certification.advance(finalPassed.id(), finalPassed.version(),
                RegistrationStatus.COMPLETED, LocalDate.of(2022, 8, 1)));
        assertEquals(LocalDate.of(2022, 9, 1), completed.validFrom(), "continues the period without a gap");
        assertEquals(LocalDate.of(2025, 9, 1), completed.validUntil());

        CertificationProfile after = official.call(() -> certification.profile(id));
        assertEquals(LocalDate.of(2022, 9, 1), after.ledger().cycleFrom(), "the ledger moves to the new cycle");
        assertEquals(0, BigDecimal.ZERO.compareTo(after.ledger().earned()));
    }

    @Test
    void theLinkageListsFollowAppointmentsAndAgreeWithThePolicy() throws Exception {
        Identity official = as.nanchangOfficial();
        long id = newcomer(official, "甘聘任").id();
        certificate(official, id, CertificateLevel.ASSISTANT, LocalDate.of(2020, 7, 1));
        assertEquals(Optional.of(TitleLinkage.ELIGIBLE_NOT_APPOINTED), linkageOn(official, id));

        official.call(() -> certification.recordAppointment(new AppointmentForm(id, TitleLevel.INTERMEDIATE,
                "南昌市总工会", LocalDate.of(2021, 1, 1), null, "洪工〔2021〕3号")));
        assertEquals(Optional.of(TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY), linkageOn(official, id));

        official.call(() -> certification.recordAppointment(new AppointmentForm(id, TitleLevel.ASSISTANT,
                "南昌市总工会", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), "洪工〔2022〕7号")));
        assertEquals(Optional.of(TitleLinkage.APPOINTMENT_EXPIRED), linkageOn(official, id),
                "the latest appointment counts, and it has ended");

        CertificationProfile profile = official.call(() -> certification.profile(id));
        assertEquals(TitleLevel.ASSISTANT, profile.eligibleTitle());
        assertEquals(TitleLinkage.APPOINTMENT_EXPIRED, profile.linkage());
        assertEquals(2, profile.appointments().size());

        // someone stays on each list, whatever else ran before
        long above = newcomer(official, "甘超聘").id();
        certificate(official, above, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2020, 7, 1));
        official.call(() -> certification.recordAppointment(new AppointmentForm(above, TitleLevel.ASSOCIATE_SENIOR,
                "南昌市总工会", LocalDate.of(2021, 1, 1), null, "洪工〔2021〕5号")));
        long waiting = newcomer(official, "甘待聘").id();
        certificate(official, waiting, CertificateLevel.SENIOR, LocalDate.of(2020, 7, 1));
        assertEquals(Optional.of(TitleLinkage.APPOINTED_ABOVE_ELIGIBILITY), linkageOn(official, above));
        assertEquals(Optional.of(TitleLinkage.ELIGIBLE_NOT_APPOINTED), linkageOn(official, waiting));

        // every row of every linkage list has the linkage its list names, by the policy in Java
        TitleEligibilityPolicy policy = TitleEligibilityPolicy.defaults();
        for (CertificationList list : List.of(CertificationList.ELIGIBLE_NOT_APPOINTED,
                CertificationList.APPOINTED_ABOVE_ELIGIBILITY, CertificationList.APPOINTMENT_EXPIRED)) {
            List<CertificationRow> rows = official.call(() -> certification.list(list, null, PageRequest.first(500)))
                    .items();
            assertFalse(rows.isEmpty(), list + " holds this test's people at least");
            for (CertificationRow row : rows) {
                assertEquals(list.linkage(), row.linkage(policy, LocalDate.now()), list + ": " + row.fullName());
            }
        }
    }

    /** The linkage list the professional is on, if any; they are on at most one. */
    private Optional<TitleLinkage> linkageOn(Identity who, long professionalId) throws Exception {
        Optional<TitleLinkage> found = Optional.empty();
        for (CertificationList list : List.of(CertificationList.ELIGIBLE_NOT_APPOINTED,
                CertificationList.APPOINTED_ABOVE_ELIGIBILITY, CertificationList.APPOINTMENT_EXPIRED)) {
            boolean listed = who.call(() -> certification.list(list, null, PageRequest.first(500))).items().stream()
                    .anyMatch(row -> row.professionalId() == professionalId);
            if (listed) {
                assertTrue(found.isEmpty(), "on two lists: " + found + " and " + list);
                found = Optional.of(list.linkage());
            }
        }
        return found;
    }

    @Test
    void registrationListsShowWhoIsDueAndWhoseRegistrationLapsed() throws Exception {
        Identity official = as.nanchangOfficial();
        long due = newcomer(official, "甘待登").id();
        long lapsed = newcomer(official, "甘过期").id();
        certificate(official, due, CertificateLevel.ASSISTANT, LocalDate.of(2021, 7, 1));
        CertificateView old = certificate(official, lapsed, CertificateLevel.ASSISTANT, LocalDate.of(2018, 7, 1));
        register(official, old, LocalDate.of(2018, 8, 1), LocalDate.of(2018, 9, 1));

        CertificationRow dueRow = row(official, CertificationList.FIRST_REGISTRATION_DUE, due).orElseThrow();
        assertEquals(LocalDate.of(2022, 7, 1), dueRow.firstRegistrationDue());
        assertEquals(RegistrationStatus.NOT_APPLIED, dueRow.registrationStatus());
        assertTrue(row(official, CertificationList.FIRST_REGISTRATION_DUE, lapsed).isEmpty(), "registered once");
        CertificationRow lapsedRow = row(official, CertificationList.LAPSED, lapsed).orElseThrow();
        assertEquals(LocalDate.of(2021, 9, 1), lapsedRow.registeredUntil());
        assertTrue(row(official, CertificationList.EXPIRING, lapsed).isEmpty());
        assertTrue(lapsedRow.residentIdMasked().contains("*"), "lists show masked ID numbers only");
    }

    private Optional<CertificationRow> row(Identity who, CertificationList list, long professionalId) throws Exception {
        return who.call(() -> certification.list(list, null, PageRequest.first(500))).items().stream()
                .filter(r -> r.professionalId() == professionalId).findFirst();
    }

    @Test
    void anotherCitysOfficialCanNeitherReadNorChangeCertificationRecords() throws Exception {
        Identity nanchang = as.nanchangOfficial();
        Identity jiujiang = as.jiujiangOfficial();
        long id = newcomer(nanchang, "甘越权").id();
        CertificateView c = certificate(nanchang, id, CertificateLevel.ASSISTANT, LocalDate.of(2021, 7, 1));
        RegistrationView r = nanchang.call(() -> certification.apply(c.id(), c.version(), LocalDate.of(2021, 8, 1)));

        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.profile(id)));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.addCertificate(
                new CertificateForm(id, CertificateLevel.SENIOR, "X" + System.nanoTime(), 2021,
                        LocalDate.of(2021, 7, 1), AUTHORITY))));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.revoke(c.id(), c.version(),
                LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.advance(r.id(), r.version(),
                RegistrationStatus.FIRST_REVIEW_PASSED, LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.recordAppointment(
                new AppointmentForm(id, TitleLevel.SENIOR, "九江", LocalDate.now(), null, "1号"))));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> certification.recordAssessment(
                new AssessmentForm(id, LocalDate.now(), BigDecimal.TEN, false, "九江"))));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> education.activities(id)));
        for (CertificationList list : CertificationList.values()) {
            assertTrue(row(jiujiang, list, id).isEmpty(), list + " of another city");
        }

        CertificationProfile unchanged = nanchang.call(() -> certification.profile(id));
        assertEquals(1, unchanged.certificates().size());
        assertEquals(CertificateStatus.VALID, unchanged.certificates().get(0).status());
        assertEquals(RegistrationStatus.PENDING, unchanged.certificates().get(0).registrations().get(0).status());
        assertTrue(unchanged.appointments().isEmpty() && unchanged.assessments().isEmpty());
    }

    @Test
    void aCertificateNumberIsOnRecordOnceAndAStaleRevocationIsRefused() throws Exception {
        Identity official = as.nanchangOfficial();
        long id = newcomer(official, "甘重号").id();
        long other = newcomer(official, "甘另人").id();
        long certifiedBefore = official.call(dashboard::figures).certified();
        CertificateView c = certificate(official, id, CertificateLevel.SOCIAL_WORKER, LocalDate.of(2020, 7, 1));
        assertEquals(certifiedBefore + 1, official.call(dashboard::figures).certified(), "the dashboard counts them");

        DomainException taken = assertThrows(DomainException.class, () -> official.call(() ->
                certification.addCertificate(new CertificateForm(other, CertificateLevel.SOCIAL_WORKER,
                        c.number().toLowerCase(), 2020, LocalDate.of(2020, 7, 1), AUTHORITY))));
        assertEquals("certification.number.taken", taken.messageKey());
        assertNull(official.call(() -> certification.profile(other)).highestLevel(), "nothing half-written");

        CertificateView revoked = official.call(() -> certification.revoke(c.id(), c.version(), LocalDate.now()));
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        assertThrows(ConcurrentEditException.class, () -> official.call(() -> certification.revoke(c.id(),
                c.version(), LocalDate.now())), "a second click with the old version");
        CertificationProfile profile = official.call(() -> certification.profile(id));
        assertNull(profile.highestLevel(), "a revoked certificate makes nobody eligible");
        assertEquals(certifiedBefore, official.call(dashboard::figures).certified(), "nor certified");
        assertEquals(TitleLinkage.NOT_ELIGIBLE, profile.linkage());
    }
}
