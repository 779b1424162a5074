package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.it.support.Registrations;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.registry.application.HistoryEntry;
import org.unionworks.registry.application.PostForm;
import org.unionworks.registry.application.PostService;
import org.unionworks.registry.application.PostView;
import org.unionworks.registry.application.PostingCommand;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.SocialOrgForm;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.application.SocialOrganizationService;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * The registry on the running server: scoping (南昌 sees nothing of 九江 by list, count, id,
 * history, ID lookup or posting), optimistic locking between two officials, sealed personal data
 * and the record history. Each test registers the people it needs, with IDs of its own.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(RegistryIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ProfessionalService professionals;

    @Inject
    PostService posts;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    SocialOrganizationService socialOrgs;


    private ProfessionalDetails register(Identity who, String name, String residentId) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        return who.call(() -> professionals.register(Registrations.newcomer(home, name, residentId)));
    }

    private static ProfessionalForm correction(ProfessionalDetails d, String major) {
        return new ProfessionalForm(d.id(), d.version(), d.fullName(), null, null, d.education(), major,
                d.socialWorkMajor(), d.politicalStatus(), d.category(), d.employmentMode(), d.employerId(), d.orgUnitId(),
                d.joinedOn());
    }

    @Test
    void postsAndSocialOrganisationsOfAnotherCityCannotBeReadOrChangedByTheirIds() throws Exception {
        PostView post = as.nanchangOfficial().call(() -> posts.list(PostFilter.OPEN, PageRequest.first(1))).items().get(0);
        SocialOrgView org = as.nanchangOfficial().call(() -> socialOrgs.list(null, null, PageRequest.first(1))).items()
                .get(0);
        Identity jiujiang = as.jiujiangOfficial();

        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> posts.get(post.id())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> posts.update(new PostForm(post.id(),
                post.version(), post.orgUnitId(), "改名", post.serviceField(), post.grade(), post.establishedOn()))));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> posts.abolish(post.id(), post.version(),
                LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> posts.vacantPosts(post.orgUnitId())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> socialOrgs.get(org.id())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> socialOrgs.employer(org.id())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> socialOrgs.update(new SocialOrgForm(org.id(),
                org.version(), "改名", org.creditCode(), org.supervisingUnitId(), org.incubatedById(),
                org.registeredOn(), org.status(), org.statusSince()))));
        assertTrue(jiujiang.call(() -> socialOrgs.list(org.name(), null, PageRequest.first(50))).items().isEmpty(),
                "another city's organisation is not listed by its very name");

        assertEquals(post, as.nanchangOfficial().call(() -> posts.get(post.id())), "nothing of the post changed");
        assertEquals(org, as.nanchangOfficial().call(() -> socialOrgs.get(org.id())), "nor of the organisation");
    }

    @Test
    void theDemoProvinceHasARegistryAndEachCitySeesOnlyItsOwnPeople() throws Exception {
        long nanchang = as.nanchangOfficial().call(() -> professionals.count(ProfessionalFilter.NONE));
        long jiujiang = as.jiujiangOfficial().call(() -> professionals.count(ProfessionalFilter.NONE));
        assertTrue(nanchang > 500 && jiujiang > 500, "the demo seed staffs both cities: " + nanchang + ", " + jiujiang);

        List<ProfessionalListItem> page = as.nanchangOfficial().call(() -> professionals.search(ProfessionalFilter.NONE,
                new PageRequest(0, 500, "orgUnitName", true)).items());
        assertEquals(500, page.size());
        List<Long> nanchangUnits = as.nanchangOfficial().call(() -> orgUnits.list(
                org.unionworks.organization.model.OrgUnitFilter.NONE, new PageRequest(0, 500, null, true)).items())
                .stream().map(u -> u.id()).toList();
        assertTrue(page.stream().allMatch(p -> nanchangUnits.contains(p.orgUnitId())), "every row lies in 南昌's subtree");
        assertTrue(page.stream().allMatch(p -> p.residentIdMasked().matches("\\d{3}\\*{11}[\\dX]{4}")), "IDs masked");
    }

    @Test
    void nothingOfAnotherCityCanBeReachedByIdHistoryLookupOrPosting() throws Exception {
        String id = ResidentIds.fresh("360402");
        ProfessionalDetails jj = register(as.jiujiangOfficial(), "九江测试甲", id);
        String surname = "九江测试甲";

        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> professionals.get(jj.id())));
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> professionals.history(jj.id())));
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(
                () -> professionals.update(correction(jj, "法学"))));
        assertThrows(NotFoundException.class, () -> as.nanchangPersonalData().call(
                () -> professionals.reveal(jj.id(), PersonalField.RESIDENT_ID, RevealReason.IDENTITY_VERIFICATION)));
        assertTrue(as.nanchangOfficial().call(() -> professionals.findIdByResidentId(id)).isEmpty());
        assertEquals(0, as.nanchangOfficial().call(() -> professionals.count(
                new ProfessionalFilter(surname, null, null, null, null, null, null, null, null))));
        assertEquals(1, as.jiujiangOfficial().call(() -> professionals.count(
                new ProfessionalFilter(surname, null, null, null, null, null, null, null, null))));
        assertEquals(jj.id(), as.jiujiangOfficial().call(() -> professionals.findIdByResidentId(id)).orElseThrow());

        DomainException duplicate = assertThrows(DomainException.class,
                () -> register(as.nanchangOfficial(), "南昌测试重号", id));
        assertEquals("registry.residentId.duplicateElsewhere", duplicate.messageKey(),
                "the duplicate is refused without saying where the person is registered");

        PostView jiujiangPost = as.jiujiangOfficial().call(() -> posts.list(new PostFilter(null, null, null, true, false),
                PageRequest.first(1)).items().get(0));
        ProfessionalDetails nc = register(as.nanchangOfficial(), "南昌测试乙", ResidentIds.fresh("360102"));
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> professionals.postTo(
                new PostingCommand(nc.id(), nc.version(), jiujiangPost.id(), LocalDate.now(), PostingReason.TRANSFER,
                        EmploymentMode.DIRECT_HIRE, null))));
    }

    @Test
    void ofTwoOfficialsSavingTheSameVersionExactlyOneWinsAndTheOtherLearnsWho() throws Exception {
        ProfessionalDetails loaded = register(as.nanchangOfficial(), "并发测试", ResidentIds.fresh("360103"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Identity who : List.of(as.nanchangOfficial(), as.secondNanchangOfficial())) {
                Callable<String> save = () -> {
                    start.await();
                    try {
                        who.call(() -> professionals.update(correction(loaded, "专业-" + who.getClass().getSimpleName())));
                        return "saved";
                    } catch (ConcurrentEditException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertEquals(1, results.stream().filter("saved"::equals).count(), results.toString());
            assertEquals(1, results.stream().filter("conflict"::equals).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        ProfessionalDetails now = as.nanchangOfficial().call(() -> professionals.get(loaded.id()));
        assertEquals(loaded.version() + 1, now.version());

        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class,
                () -> as.secondNanchangOfficial().call(() -> professionals.update(correction(loaded, "过期版本"))));
        assertEquals("error.concurrentEdit.by", stale.messageKey());
        assertEquals(now.updatedBy(), stale.arguments()[0], "the loser is told who saved in between");
    }

    @Test
    void personalDataIsMaskedEverywhereAndRevealedOnlyToItsRoleWithAnAuditRow() throws Exception {
        String id = ResidentIds.fresh("360104");
        ProfessionalDetails p = register(as.nanchangOfficial(), "揭示测试", id);
        assertEquals(id.substring(0, 3) + "***********" + id.substring(14), p.residentIdMasked());
        assertEquals("139****5678", p.phoneMasked());

        assertThrows(EJBAccessException.class, () -> as.nanchangOfficial().call(
                () -> professionals.reveal(p.id(), PersonalField.RESIDENT_ID, RevealReason.IDENTITY_VERIFICATION)));
        assertEquals(id, as.nanchangPersonalData().call(
                () -> professionals.reveal(p.id(), PersonalField.RESIDENT_ID, RevealReason.IDENTITY_VERIFICATION)));
        assertEquals("13912345678", as.nanchangPersonalData().call(
                () -> professionals.reveal(p.id(), PersonalField.PHONE, RevealReason.CONTACT_PERSON)));

        List<HistoryEntry> history = as.nanchangOfficial().call(() -> professionals.history(p.id()));
        assertEquals(2, history.stream().filter(h -> h.action() == AuditAction.PERSONAL_DATA_REVEALED).count());
        assertTrue(history.stream().anyMatch(h -> h.action() == AuditAction.PROFESSIONAL_CREATED));
        assertTrue(history.stream().noneMatch(h -> h.detail() != null
                && (h.detail().contains(id) || h.detail().contains("13912345678"))), "no personal data in the trail");
    }

    @Test
    void aCorrectionAndAPostingShowInTheRecordHistoryWithTheChangedFieldsOnly() throws Exception {
        ProfessionalDetails p = register(as.nanchangOfficial(), "历史测试", ResidentIds.fresh("360111"));
        ProfessionalDetails corrected = as.nanchangOfficial().call(() -> professionals.update(correction(p, "心理学")));
        PostView vacant = as.nanchangOfficial().call(() -> posts.list(new PostFilter(null, null, null, true, false),
                PageRequest.first(1)).items().get(0));
        ProfessionalDetails posted = as.nanchangOfficial().call(() -> professionals.postTo(new PostingCommand(
                corrected.id(), corrected.version(), vacant.id(), LocalDate.now(), PostingReason.NEW_HIRE,
                EmploymentMode.DIRECT_HIRE, null)));
        assertEquals(vacant.id(), posted.currentPostId());
        assertEquals(vacant.orgUnitId(), posted.orgUnitId(), "the home unit follows the post");

        List<HistoryEntry> history = as.nanchangOfficial().call(() -> professionals.history(p.id()));
        HistoryEntry update = history.stream().filter(h -> h.action() == AuditAction.PROFESSIONAL_UPDATED)
                .findFirst().orElseThrow();
        assertEquals("professionalUpdated|#field.major", update.detail());
        assertEquals("official", update.actor());
        assertTrue(history.stream().anyMatch(h -> h.action() == AuditAction.PROFESSIONAL_POSTED));
        assertFalse(history.get(0).occurredAt().isBefore(history.get(history.size() - 1).occurredAt()), "newest first");
    }

    @Test
    void asOfADateTheListShowsWhoHeldAPostThen() throws Exception {
        long today = as.nanchangOfficial().call(() -> professionals.count(
                new ProfessionalFilter(null, null, null, null, null, null, null, null, LocalDate.now())));
        long early = as.nanchangOfficial().call(() -> professionals.count(
                new ProfessionalFilter(null, null, null, null, null, null, null, null, LocalDate.of(2016, 7, 1))));
        assertTrue(today > early, "the demo workforce grew since 2016: " + early + " then, " + today + " now");
        assertEquals(0, as.nanchangOfficial().call(() -> professionals.count(
                new ProfessionalFilter(null, null, null, null, null, null, null, null, LocalDate.of(2010, 1, 1)))));
    }
}
