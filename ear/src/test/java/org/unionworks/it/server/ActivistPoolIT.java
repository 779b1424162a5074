package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.Registrations;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.registry.application.ActivistForm;
import org.unionworks.registry.application.ActivistService;
import org.unionworks.registry.application.ActivistView;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.PromotionForm;
import org.unionworks.registry.model.ActivistFilter;
import org.unionworks.registry.model.ActivistKind;
import org.unionworks.registry.model.ActivistStatus;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * The activist and volunteer pool on the running server: promotion carries name, numbers and unit over without
 * retyping, needs the ID number, is all-or-nothing with the registration's own rules, and stays in its city.
 */
@ExtendWith(ArquillianExtension.class)
class ActivistPoolIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(ActivistPoolIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ActivistService activists;

    @Inject
    ProfessionalService professionals;

    @Inject
    OrgUnitService orgUnits;

    private ActivistView register(Identity who, String name, String residentId) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        return who.call(() -> activists.register(new ActivistForm(null, 0, ActivistKind.VOLUNTEER, name, residentId,
                "13800001111", home, "心理疏导", LocalDate.of(2024, 6, 1))));
    }

    private static PromotionForm promotion(ActivistView a) {
        return new PromotionForm(a.id(), a.version(), EducationLevel.fromCode("21"), "社会工作", true, null,
                ProfessionalCategory.SOCIAL_WORKER, EmploymentMode.DIRECT_HIRE, null, null, LocalDate.of(2025, 1, 1));
    }

    @Test
    void aVolunteerBecomesAProfessionalWithoutRetypingAndOnlyWithAnIdNumber() throws Exception {
        Identity official = as.nanchangOfficial();
        String name = "志愿" + Long.toString(System.nanoTime() % 1_000_000, 36);
        ActivistView noId = register(official, name, null);
        assertEquals(ActivistStatus.ACTIVE, noId.status());
        DomainException needsId = assertThrows(DomainException.class,
                () -> official.call(() -> activists.promote(promotion(noId))));
        assertEquals("registry.activist.idRequired", needsId.messageKey());

        String id = Rosters.freshResidentId();
        ActivistView withId = official.call(() -> activists.update(new ActivistForm(noId.id(), noId.version(),
                noId.kind(), noId.fullName(), id, null, noId.orgUnitId(), noId.skills(), noId.registeredOn())));
        assertEquals(id.substring(0, 3) + "*".repeat(11) + id.substring(14), withId.residentIdMasked());

        ProfessionalDetails p = official.call(() -> activists.promote(promotion(withId)));
        assertEquals(name, p.fullName());
        assertEquals(withId.residentIdMasked(), p.residentIdMasked());
        assertEquals("138****1111", p.phoneMasked());
        assertEquals(withId.orgUnitId(), p.orgUnitId());
        assertEquals(RecordSource.PROMOTED, p.source());
        assertEquals(p.id(), official.call(() -> professionals.findIdByResidentId(id)).orElseThrow());

        ActivistView promoted = official.call(() -> activists.get(withId.id()));
        assertEquals(ActivistStatus.PROMOTED, promoted.status());
        assertEquals(p.id(), promoted.professionalId());
        assertEquals("registry.activist.promoted", assertThrows(DomainException.class, () -> official.call(
                () -> activists.update(new ActivistForm(promoted.id(), promoted.version(), promoted.kind(), "改名字",
                        null, null, promoted.orgUnitId(), null, promoted.registeredOn())))).messageKey());
        assertThrows(ConcurrentEditException.class, () -> official.call(() -> activists.promote(promotion(withId))));
    }

    @Test
    void aPromotionThatBreaksARegistrationRuleChangesNothing() throws Exception {
        Identity official = as.nanchangOfficial();
        String id = Rosters.freshResidentId();
        ActivistView first = register(official, "重复甲" + Long.toString(System.nanoTime() % 10_000, 36), id);
        official.call(() -> activists.promote(promotion(first)));
        ActivistView second = register(official, "重复乙" + Long.toString(System.nanoTime() % 10_000, 36), id);

        DomainException duplicate = assertThrows(DomainException.class,
                () -> official.call(() -> activists.promote(promotion(second))));
        assertEquals("registry.residentId.duplicateInScope", duplicate.messageKey());
        ActivistView unchanged = official.call(() -> activists.get(second.id()));
        assertEquals(ActivistStatus.ACTIVE, unchanged.status());
        assertEquals(second.version(), unchanged.version());
    }

    @Test
    void aRecordSaysItCameFromThePoolOnlyWithAPromotableMemberOfTheCallersPoolBehindIt() throws Exception {
        Identity official = as.nanchangOfficial();
        ActivistView member = register(official, "来源甲" + Long.toString(System.nanoTime() % 10_000, 36),
                Rosters.freshResidentId());
        ActivistView other = register(as.jiujiangOfficial(), "来源乙" + Long.toString(System.nanoTime() % 10_000, 36),
                Rosters.freshResidentId());
        long home = official.call(orgUnits::scopeRoot).id();

        // another city's member, or a made-up id, is not there for this official
        assertThrows(NotFoundException.class, () -> official.call(() -> professionals.registerPromoted(other.id(),
                Registrations.newcomer(home, "冒名甲", Rosters.freshResidentId()))));
        assertThrows(NotFoundException.class, () -> official.call(() -> professionals.registerPromoted(-1,
                Registrations.newcomer(home, "冒名乙", Rosters.freshResidentId()))));

        // called directly, the member is marked promoted and linked in the same transaction: no second record
        ProfessionalDetails p = official.call(() -> professionals.registerPromoted(member.id(),
                Registrations.newcomer(home, member.fullName(), Rosters.freshResidentId())));
        assertEquals(RecordSource.PROMOTED, p.source());
        ActivistView marked = official.call(() -> activists.get(member.id()));
        assertEquals(ActivistStatus.PROMOTED, marked.status());
        assertEquals(p.id(), marked.professionalId());
        assertEquals("registry.activist.notActive", assertThrows(DomainException.class, () -> official.call(
                () -> professionals.registerPromoted(member.id(), Registrations.newcomer(home, "再次",
                        Rosters.freshResidentId())))).messageKey());
    }

    @Test
    void anotherCitySeesNoneOfThePool() throws Exception {
        ActivistView nanchang = register(as.nanchangOfficial(), "南昌志愿者" + System.nanoTime() % 1000,
                Rosters.freshResidentId());
        Identity jiujiang = as.jiujiangOfficial();

        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> activists.get(nanchang.id())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> activists.promote(promotion(nanchang))));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> activists.setActive(nanchang.id(),
                nanchang.version(), false)));
        ActivistFilter byName = new ActivistFilter(nanchang.fullName(), null, null);
        assertEquals(0, jiujiang.call(() -> activists.count(byName)));
        assertEquals(1, as.nanchangOfficial().call(() -> activists.count(byName)));
        assertTrue(jiujiang.call(() -> activists.search(ActivistFilter.NONE, new PageRequest(0, 500, null, true)))
                .items().stream().noneMatch(a -> a.id() == nanchang.id()));
    }
}
