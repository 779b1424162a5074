package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.ContainerPersistence;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.organization.application.DivisionCatalogueService;
import org.unionworks.organization.application.DivisionCatalogueService.EditionLoad;
import org.unionworks.organization.application.NewOrgUnitForm;
import org.unionworks.organization.application.OrgManagementService;
import org.unionworks.organization.application.OrgUnitDetails;
import org.unionworks.organization.application.OrgUnitEditForm;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitStateView;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.infrastructure.DivisionCatalogueParser;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.organization.model.OrgUnitChange;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.registry.application.PostForm;
import org.unionworks.registry.application.PostService;
import org.unionworks.registry.application.PostView;
import org.unionworks.registry.application.PostingCommand;
import org.unionworks.registry.application.PostingView;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditEvent;
import org.unionworks.security.model.AuditRepository;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Organisation management on the running server: founding, effective-dated edits that leave
 * "as of" earlier days alone, mergers that move posts and people without rewriting history,
 * refused dissolutions, scoping between two cities, optimistic locking, and the GB/T 2260
 * loader. Each test founds the units it changes, under a district of the demo province.
 */
@ExtendWith(ArquillianExtension.class)
class OrgManagementIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1000);
    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(OrgManagementIT.class);
    }

    @Inject
    Identities as;

    @Inject
    OrgManagementService management;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    DivisionCatalogueService divisions;

    @Inject
    PostService posts;

    @Inject
    ProfessionalService professionals;

    @Inject
    AuditRepository auditTrail;

    /** A district (county-level union) of the caller's city. */
    private OrgUnitView district(Identity who) throws Exception {
        return who.call(() -> {
            long city = orgUnits.scopeRoot().id();
            return orgUnits.children(city).stream().filter(u -> u.type() == OrgUnitType.COUNTY).findFirst().orElseThrow();
        });
    }

    private OrgUnitDetails street(Identity who, OrgUnitView district, String name, long workers) throws Exception {
        return who.call(() -> management.create(new NewOrgUnitForm(district.id(), OrgUnitType.STREET,
                name + SEQUENCE.incrementAndGet(), district.divisionCode(), workers, 30L, FOUNDED)));
    }

    private static OrgUnitEditForm edit(OrgUnitView u, String name, Long workers, LocalDate from) {
        return new OrgUnitEditForm(u.id(), u.version(), name, u.divisionCode(), workers, u.coveredEnterprises(), from);
    }


    private ProfessionalDetails register(Identity who, long unitId, String name) throws Exception {
        return who.call(() -> professionals.register(new ProfessionalForm(null, 0, name, ResidentIds.fresh("360102"), null,
                EducationLevel.fromCode("21"), "社会工作", true, null, ProfessionalCategory.SOCIAL_WORKER,
                EmploymentMode.DIRECT_HIRE, null, unitId, LocalDate.of(2021, 1, 1))));
    }

    @Test
    void aFoundedUnitIsEditedFromADateAndEarlierDaysStillShowTheOldValues() throws Exception {
        Identity official = as.nanchangOfficial();
        OrgUnitView district = district(official);
        OrgUnitDetails created = street(official, district, "测试街道工会", 3_000);
        OrgUnitView unit = created.unit();
        assertEquals(district.id(), unit.parentId());
        assertEquals(30L, unit.coveredEnterprises());
        assertEquals(FOUNDED, unit.validFrom());
        assertEquals(List.of(OrgUnitChange.FOUNDED), created.history().stream().map(OrgUnitStateView::change).toList());
        assertEquals("official", created.history().get(0).recordedBy());

        LocalDate from = LocalDate.of(2024, 7, 1);
        OrgUnitDetails edited = official.call(() -> management.update(edit(unit, "改名街道工会", 4_500L, from)));
        assertEquals("改名街道工会", edited.unit().name());
        assertEquals(4_500L, edited.unit().coveredWorkers());
        assertEquals(unit.version() + 1, edited.unit().version());

        OrgUnitStateView before = official.call(() -> management.stateOn(unit.id(), from.minusDays(1))).orElseThrow();
        assertEquals(unit.name(), before.name(), "as of the day before, the old name");
        assertEquals(3_000L, before.coveredWorkers());
        assertEquals(from, before.validTo());
        OrgUnitStateView after = official.call(() -> management.stateOn(unit.id(), from)).orElseThrow();
        assertEquals("改名街道工会", after.name());
        assertEquals(OrgUnitChange.AMENDED, after.change());
        assertTrue(official.call(() -> management.stateOn(unit.id(), FOUNDED.minusDays(1))).isEmpty());

        DomainException rewrite = assertThrows(DomainException.class, () -> official.call(() -> management.update(
                edit(edited.unit(), "再改名街道工会", 4_600L, from.minusMonths(1)))));
        assertEquals("organization.effectiveDate.beforeLatest", rewrite.messageKey());
        DomainException notListed = assertThrows(DomainException.class, () -> official.call(() -> management.update(
                new OrgUnitEditForm(unit.id(), edited.unit().version(), "改名街道工会", "360199", 4_500L, 30L, from))));
        assertEquals("organization.divisionCode.notInCatalogue", notListed.messageKey());

        List<AuditEvent> trail = official.call(() -> auditTrail.forObject("OrgUnit", String.valueOf(unit.id()), 10));
        assertEquals(List.of(AuditAction.ORG_UNIT_UPDATED, AuditAction.ORG_UNIT_CREATED),
                trail.stream().map(AuditEvent::getAction).toList());
        assertTrue(trail.get(0).getDetail().startsWith("orgUnitUpdated|#orgField.name,#orgField.coveredWorkers|"),
                trail.get(0).getDetail());
    }

    @Test
    void aRenumberedUnitTakesItsPeopleIntoItsNewDivisionsAndAMovedPersonTakesTheNewUnits() throws Exception {
        Identity official = as.nanchangOfficial();
        List<DivisionCode> counties = official.call(() -> divisions.options("360100", OrgUnitType.COUNTY, null))
                .stream().map(DivisionEntry::code).toList();
        DivisionCode before = counties.get(0);
        DivisionCode after = counties.get(1);
        long city = official.call(() -> orgUnits.scopeRoot().id());
        OrgUnitDetails county = official.call(() -> management.create(new NewOrgUnitForm(city, OrgUnitType.COUNTY,
                "重编区工会" + SEQUENCE.incrementAndGet(), before.value(), 5_000L, 40L, FOUNDED)));
        ProfessionalDetails posted = register(official, county.unit().id(), "重编甲");
        assertEquals(List.of(DivisionCode.of("360000"), DivisionCode.of("360100"), before), divisionsOf(posted.id()));

        OrgUnitView unit = county.unit();
        official.call(() -> management.update(new OrgUnitEditForm(unit.id(), unit.version(), unit.name(),
                after.value(), 5_000L, 40L, LocalDate.now())));
        assertEquals(List.of(DivisionCode.of("360000"), DivisionCode.of("360100"), after), divisionsOf(posted.id()),
                "the labour departments' reports find the person under the unit's new code");

        // placed in the city union itself: no county
        ProfessionalDetails atCity = register(official, city, "重编乙");
        assertEquals(Arrays.asList(DivisionCode.of("360000"), DivisionCode.of("360100"), null),
                divisionsOf(atCity.id()));
    }

    /** The province, city and county the professional's record keeps for their unit. */
    private static List<DivisionCode> divisionsOf(long professionalId) {
        Professional p = ContainerPersistence.entityManager().find(Professional.class, professionalId);
        return Arrays.asList(p.divisionAt(DivisionCode.Level.PROVINCE), p.divisionAt(DivisionCode.Level.CITY),
                p.divisionAt(DivisionCode.Level.COUNTY));
    }

    @Test
    void theJiujiangOfficialCannotReachANanchangUnitByIdAndNobodyEndsTheirOwnUnit() throws Exception {
        OrgUnitView nanchangStreet = street(as.nanchangOfficial(), district(as.nanchangOfficial()), "南昌街道工会", 2_000)
                .unit();
        OrgUnitView jiujiangStreet = street(as.jiujiangOfficial(), district(as.jiujiangOfficial()), "九江街道工会", 2_000)
                .unit();
        Identity jj = as.jiujiangOfficial();
        long id = nanchangStreet.id();
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.details(id)));
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.stateOn(id, LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.update(
                edit(nanchangStreet, "越权改名", 1L, LocalDate.now()))));
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.dissolve(id, nanchangStreet.version(),
                LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.merge(id, nanchangStreet.version(),
                jiujiangStreet.id(), LocalDate.now())));
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.merge(jiujiangStreet.id(),
                jiujiangStreet.version(), id, LocalDate.now())), "nor merge into a unit of another city");
        assertThrows(NotFoundException.class, () -> jj.call(() -> management.create(new NewOrgUnitForm(id,
                OrgUnitType.COMMUNITY, "越权社区工会", "360102", null, null, LocalDate.now()))));
        assertEquals(nanchangStreet.name(), as.nanchangOfficial().call(() -> management.details(id)).unit().name(),
                "untouched");

        assertThrows(EJBAccessException.class, () -> as.nanchangFinance().call(() -> management.update(
                edit(nanchangStreet, "财务改名", 1L, LocalDate.now()))));

        OrgUnitView ownCity = as.nanchangOfficial().call(orgUnits::scopeRoot);
        DomainException own = assertThrows(DomainException.class, () -> as.nanchangOfficial().call(
                () -> management.dissolve(ownCity.id(), ownCity.version(), LocalDate.now())));
        assertEquals("organization.scopeRoot.protected", own.messageKey());
    }

    @Test
    void ofTwoOfficialsEditingTheSameVersionExactlyOneWinsAndTheOtherLearnsWho() throws Exception {
        OrgUnitView loaded = street(as.nanchangOfficial(), district(as.nanchangOfficial()), "并发街道工会", 2_000).unit();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<String> results = new ArrayList<>();
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            long workers = 2_100;
            for (Identity who : List.of(as.nanchangOfficial(), as.secondNanchangOfficial())) {
                long mine = workers++;
                Callable<String> save = () -> {
                    start.await();
                    try {
                        who.call(() -> management.update(edit(loaded, loaded.name(), mine, LocalDate.now())));
                        return "saved";
                    } catch (ConcurrentEditException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("conflict", "saved"), results.stream().sorted().toList());
        OrgUnitDetails now = as.nanchangOfficial().call(() -> management.details(loaded.id()));
        assertEquals(loaded.version() + 1, now.unit().version());
        assertEquals(2, now.history().size(), "the loser left no state behind");

        ConcurrentEditException stale = assertThrows(ConcurrentEditException.class, () -> as.secondNanchangOfficial()
                .call(() -> management.update(edit(loaded, loaded.name(), 9_999L, LocalDate.now()))));
        assertEquals("error.concurrentEdit.by", stale.messageKey());
        assertTrue(List.of("official", "official2").contains(String.valueOf(stale.arguments()[0])),
                "the loser is told who saved in between: " + stale.arguments()[0]);
    }

    @Test
    void aMergerMovesPostsAndPeopleWhileAsOfTheDayBeforeTheUnitIsAsItWas() throws Exception {
        Identity official = as.nanchangOfficial();
        OrgUnitView district = district(official);
        OrgUnitView merged = street(official, district, "被合并街道工会", 6_000).unit();
        OrgUnitView successor = street(official, district, "合并后街道工会", 9_000).unit();
        PostView post = official.call(() -> posts.create(new PostForm(null, 0, merged.id(), "社工岗（合并测试）",
                ServiceField.COUNSELLING, PostGrade.ASSISTANT_2, LocalDate.of(2021, 1, 1))));
        ProfessionalDetails holder = register(official, merged.id(), "合并测试甲");
        official.call(() -> professionals.postTo(new PostingCommand(holder.id(), holder.version(), post.id(),
                LocalDate.of(2021, 2, 1), PostingReason.NEW_HIRE, EmploymentMode.DIRECT_HIRE, null)));
        ProfessionalDetails unposted = register(official, merged.id(), "合并测试乙");

        DomainException occupied = assertThrows(DomainException.class, () -> official.call(
                () -> management.dissolve(merged.id(), merged.version(), LocalDate.now())));
        assertEquals("organization.dissolve.occupied", occupied.messageKey());
        assertEquals(List.of(merged.name(), 0L, 1L, 2L, 0L), List.of(occupied.arguments()));

        LocalDate date = LocalDate.now().minusDays(30);
        OrgUnitDetails after = official.call(() -> management.merge(merged.id(), merged.version(), successor.id(), date));
        assertEquals(date, after.unit().validTo());
        assertFalse(after.unit().active());

        OrgUnitStateView dayBefore = official.call(() -> management.stateOn(merged.id(), date.minusDays(1))).orElseThrow();
        assertTrue(dayBefore.existing());
        assertEquals(merged.name(), dayBefore.name());
        assertEquals(6_000L, dayBefore.coveredWorkers());
        OrgUnitStateView end = official.call(() -> management.stateOn(merged.id(), date)).orElseThrow();
        assertEquals(OrgUnitChange.MERGED, end.change());
        assertEquals(successor.id(), end.successorId());
        assertNull(end.coveredWorkers(), "a merged unit covers nobody");

        ProfessionalDetails moved = official.call(() -> professionals.get(holder.id()));
        assertEquals(successor.id(), moved.orgUnitId(), "the holder moved with the post");
        assertNotEquals(post.id(), moved.currentPostId());
        assertEquals(2, moved.postings().size());
        PostingView current = moved.postings().get(0);
        PostingView earlier = moved.postings().get(1);
        assertEquals(merged.id(), earlier.orgUnitId(), "the earlier posting still names the old unit");
        assertEquals(post.id(), earlier.postId());
        assertEquals(date, earlier.endDate());
        assertEquals(PostingReason.ORG_MERGER, earlier.endReason());
        assertEquals(successor.id(), current.orgUnitId());
        assertEquals(date, current.startDate());
        assertEquals(PostingReason.ORG_MERGER, current.startReason());
        assertEquals(successor.id(), official.call(() -> professionals.get(unposted.id())).orgUnitId());

        List<PostView> oldPosts = official.call(() -> posts.list(new PostFilter(merged.id(), null, null, null, true),
                PageRequest.first(10)).items());
        assertEquals(List.of(date), oldPosts.stream().map(PostView::abolishedOn).toList());
        List<PostView> newPosts = official.call(() -> posts.list(new PostFilter(successor.id(), null, null, null, false),
                PageRequest.first(10)).items());
        assertEquals(List.of("社工岗（合并测试）"), newPosts.stream().map(PostView::title).toList());
        assertEquals(holder.id(), newPosts.get(0).holderId());

        DomainException ended = assertThrows(DomainException.class, () -> official.call(() -> management.create(
                new NewOrgUnitForm(merged.id(), OrgUnitType.COMMUNITY, "新社区工会", district.divisionCode(), null, null,
                        LocalDate.now()))));
        assertEquals("organization.parent.ended", ended.messageKey());
    }

    @Test
    void aUnitWithChildrenIsNeitherMergedNorDissolvedUntilTheyAreGone() throws Exception {
        Identity official = as.nanchangOfficial();
        OrgUnitView district = district(official);
        OrgUnitView street = street(official, district, "有下级街道工会", 3_000).unit();
        OrgUnitView other = street(official, district, "另一街道工会", 3_000).unit();
        OrgUnitView community = official.call(() -> management.create(new NewOrgUnitForm(street.id(),
                OrgUnitType.COMMUNITY, "测试社区工会", street.divisionCode(), null, null, FOUNDED))).unit();

        DomainException merge = assertThrows(DomainException.class, () -> official.call(
                () -> management.merge(street.id(), street.version(), other.id(), LocalDate.now())));
        assertEquals("organization.merge.activeChildren", merge.messageKey());
        DomainException dissolve = assertThrows(DomainException.class, () -> official.call(
                () -> management.dissolve(street.id(), street.version(), LocalDate.now())));
        assertEquals("organization.dissolve.occupied", dissolve.messageKey());
        assertEquals(1L, dissolve.arguments()[1]);

        official.call(() -> management.dissolve(community.id(), community.version(), LocalDate.now()));
        OrgUnitView current = official.call(() -> management.details(street.id())).unit();
        OrgUnitDetails dissolved = official.call(() -> management.dissolve(street.id(), current.version(),
                LocalDate.now()));
        assertEquals(OrgUnitChange.DISSOLVED, dissolved.history().get(dissolved.history().size() - 1).change());
        assertEquals(AuditAction.ORG_UNIT_DISSOLVED, official.call(() -> auditTrail.forObject("OrgUnit",
                String.valueOf(street.id()), 1)).get(0).getAction());
    }

    @Test
    void theShippedEditionIsLoadedOnceAndAFullSizedListLoadsIdempotently() throws Exception {
        Identity admin = as.systemAdmin();
        List<DivisionEntry> shipped;
        try (InputStream in = OrgManagementIT.class.getResourceAsStream("/reference/gbt2260/2023.txt")) {
            shipped = DivisionCatalogueParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        EditionLoad again = admin.call(() -> divisions.load("2023", "test", shipped));
        assertFalse(again.loaded(), "loaded at start-up already");
        assertEquals(shipped.size(), again.entries());

        List<DivisionEntry> full = DivisionCatalogueParser.parse(new StringReader(fullSizedList()));
        assertTrue(full.size() > 3_200, "as large as the official list: " + full.size());
        String edition = "T" + System.nanoTime() % 1_000_000_000L;
        EditionLoad first = admin.call(() -> divisions.load(edition, "generated", full));
        EditionLoad second = admin.call(() -> divisions.load(edition, "generated", full));
        assertTrue(first.loaded());
        assertFalse(second.loaded());
        assertEquals(full.size(), first.entries());
        assertEquals(full.size(), second.entries(), "nothing added the second time");

        assertThrows(EJBAccessException.class, () -> as.nanchangOfficial().call(
                () -> divisions.load(edition + "x", "generated", full)));
        List<DivisionEntry> options = as.nanchangOfficial().call(() -> divisions.options("360100", OrgUnitType.COUNTY,
                "东湖"));
        assertEquals(List.of(DivisionCode.of("360102")), options.stream().map(DivisionEntry::code).toList());
        assertTrue(as.nanchangOfficial().call(() -> divisions.options("360100", OrgUnitType.COUNTY, null)).stream()
                .allMatch(e -> e.code().value().startsWith("3601") && e.level() == DivisionCode.Level.COUNTY));
    }

    /** A list shaped like the Ministry's (title, headings, tab-separated rows) with about 3,300 codes. */
    private static String fullSizedList() {
        StringBuilder text = new StringBuilder("2099年中华人民共和国县以上行政区划代码\n\n行政区划代码\t单位名称\n");
        for (int p = 11; p <= 82; p++) {
            String province = String.valueOf(p);
            if (!DivisionCode.isProvincePrefix(province)) {
                continue;
            }
            text.append(province).append("0000\t省").append(province).append('\n');
            for (int c = 1; c <= 8; c++) {
                String city = province + String.format("%02d", c);
                text.append(city).append("00\t市").append(city).append('\n');
                for (int k = 1; k <= 11; k++) {
                    text.append(city).append(String.format("%02d", k)).append("\t县").append(city).append(k).append('\n');
                }
            }
        }
        return text.toString();
    }
}
