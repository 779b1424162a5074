package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.education.application.AttendanceColumn;
import org.unionworks.education.application.EducationService;
import org.unionworks.education.application.EducationView;
import org.unionworks.education.application.TrainingService;
import org.unionworks.education.application.TrainingViews.CourseForm;
import org.unionworks.education.application.TrainingViews.CourseView;
import org.unionworks.education.application.TrainingViews.PlanForm;
import org.unionworks.education.application.TrainingViews.PlanView;
import org.unionworks.education.application.TrainingViews.ProviderForm;
import org.unionworks.education.application.TrainingViews.ProviderView;
import org.unionworks.education.model.ProviderKind;
import org.unionworks.imports.application.ImportIssueView;
import org.unionworks.imports.application.ImportJobView;
import org.unionworks.imports.application.ImportService;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportStatus;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.Registrations;
import org.unionworks.organization.application.NewOrgUnitForm;
import org.unionworks.organization.application.OrgManagementService;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.organization.model.InvalidCreditCodeException;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Continuing-education providers (shared reference data) and courses (in their organiser's subtree): each rule of
 * the records refused with its reason, finance reading but not writing, another city seeing none of Nanchang's
 * courses.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(TrainingIT.class);
    }

    @Inject
    Identities as;

    @Inject
    TrainingService training;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    ImportService imports;

    @Inject
    ProfessionalService professionals;

    @Inject
    EducationService education;

    @Inject
    OrgManagementService management;

    private static String tag() {
        return Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private ProviderView provider(Identity who, String name) throws Exception {
        return who.call(() -> training.registerProvider(new ProviderForm(name, ProviderKind.UNION_COLLEGE, null)));
    }

    @Test
    void providersAreSharedReferenceDataWithUniqueNamesAndCreditCodes() throws Exception {
        Identity official = as.nanchangOfficial();
        String name = "江西省总工会干部学校" + tag();
        long serial = System.nanoTime() % 1_000_000;
        String code = SyntheticPeople.creditCode("360100", '5', '2', serial);
        ProviderView school = official.call(() -> training.registerProvider(
                new ProviderForm(name, ProviderKind.UNION_COLLEGE, code)));
        assertEquals(code, school.creditCode());

        DomainException sameName = assertThrows(DomainException.class, () -> provider(official, name));
        assertEquals("training.provider.name.taken", sameName.messageKey());
        DomainException sameCode = assertThrows(DomainException.class, () -> official.call(() ->
                training.registerProvider(new ProviderForm(name + "分校", ProviderKind.UNION_COLLEGE, code))));
        assertEquals("training.provider.creditCode.taken", sameCode.messageKey());
        String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        assertThrows(InvalidCreditCodeException.class, () -> official.call(() -> training.registerProvider(
                new ProviderForm(name + "二", ProviderKind.UNION_COLLEGE, wrongCheck))));

        assertTrue(as.jiujiangOfficial().call(training::providers).stream().anyMatch(p -> p.id() == school.id()),
                "every union body chooses from the same providers");
        assertTrue(as.nanchangFinance().call(training::providers).stream().anyMatch(p -> p.id() == school.id()));
        assertThrows(EJBAccessException.class, () -> provider(as.nanchangFinance(), "财务登记" + tag()));
    }

    @Test
    void coursesKeepTheirRulesAndStayInTheirOrganisersSubtree() throws Exception {
        Identity official = as.nanchangOfficial();
        ProviderView school = provider(official, "南昌社会工作培训中心" + tag());
        long nanchang = official.call(orgUnits::scopeRoot).id();
        long jiujiangRoot = as.jiujiangOfficial().call(orgUnits::scopeRoot).id();
        int year = LocalDate.now().getYear();
        LocalDate start = LocalDate.of(year, 1, 10);
        String title = "社工师继续教育专题班" + tag();

        CourseView course = official.call(() -> training.addCourse(new CourseForm(school.id(), nanchang, title,
                "劳动争议调解", CertificateLevel.SOCIAL_WORKER, new BigDecimal("24.5"), start, start.plusDays(3))));
        assertEquals(school.name(), course.providerName());
        assertEquals(0, new BigDecimal("24.5").compareTo(course.hours()));
        assertEquals(0, course.attendances());
        assertTrue(official.call(() -> training.courses(year)).stream().anyMatch(c -> c.id() == course.id()));
        assertTrue(official.call(() -> training.courses(year - 1)).stream().noneMatch(c -> c.id() == course.id()),
                "listed by the year it runs in");

        for (String hours : new String[] {"0", "240.5", "12.3"}) {
            DomainException e = assertThrows(DomainException.class, () -> official.call(() -> training.addCourse(
                    new CourseForm(school.id(), nanchang, title, "主题", null, new BigDecimal(hours), start, start))),
                    hours);
            assertEquals("training.course.hours.invalid", e.messageKey(), hours);
        }
        DomainException backwards = assertThrows(DomainException.class, () -> official.call(() -> training.addCourse(
                new CourseForm(school.id(), nanchang, title, "主题", null, BigDecimal.TEN, start, start.minusDays(1)))));
        assertEquals("training.course.dates.invalid", backwards.messageKey());
        assertThrows(NotFoundException.class, () -> official.call(() -> training.addCourse(new CourseForm(
                school.id(), jiujiangRoot, title, "主题", null, BigDecimal.TEN, start, start))),
                "a unit of another city cannot be named as organiser");

        Identity jiujiang = as.jiujiangOfficial();
        assertTrue(jiujiang.call(() -> training.courses(year)).stream().noneMatch(c -> c.id() == course.id()));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> training.course(course.id())));
        assertEquals(course.id(), as.nanchangFinance().call(() -> training.course(course.id())).id(),
                "finance reads the courses it funds");
    }

    private ImportJobView checked(Identity who, byte[] file, ImportMode mode) throws Exception {
        ImportJobView job = who.call(() -> imports.upload(ImportKind.ATTENDANCE, "参训名单.xlsx", file.length,
                new ByteArrayInputStream(file), mode, Locale.CHINESE));
        return ImportJobs.settled(imports, who, job.id());
    }

    private static byte[] sheet(List<List<Object>> rows) {
        return Rosters.workbook(Arrays.stream(AttendanceColumn.values())
                .map(c -> Labels.bundle(Locale.CHINESE).getString(c.labelKey())).toList(), rows, 1);
    }

    @Test
    void aProvidersAttendanceSheetRecordsEachPersonOnceAtTheHoursAttended() throws Exception {
        Identity official = as.nanchangOfficial();
        ProviderView school = provider(official, "南昌工会干部学校" + tag());
        long nanchang = official.call(orgUnits::scopeRoot).id();
        LocalDate today = LocalDate.now();
        CourseView course = official.call(() -> training.addCourse(new CourseForm(school.id(), nanchang,
                "职工维权专题培训" + tag(), "法律援助", null, new BigDecimal("24"), today.minusDays(12),
                today.minusDays(10))));
        CourseView upcoming = official.call(() -> training.addCourse(new CourseForm(school.id(), nanchang,
                "下月开班" + tag(), "集体协商", null, new BigDecimal("16"), today.plusDays(20), today.plusDays(22))));
        String name = "符参训" + tag().substring(0, 3);
        String residentId = Rosters.freshResidentId();
        long person = official.call(() -> professionals.register(Registrations.newcomer(nanchang, name, residentId)))
                .id();
        String entry = course.title() + " #" + course.id();

        byte[] file = sheet(List.of(
                Arrays.asList(name, residentId, entry, "20.5", "是"),                       // 2: fine
                Arrays.asList(name, residentId, entry, "20.5", "是"),                       // 3: twice
                Arrays.asList(name, residentId, upcoming.title() + " #" + upcoming.id(), "8", "是"), // 4: not over
                Arrays.asList(name, residentId, "不存在的课程 #1", "8", "是"),                // 5: unknown course
                Arrays.asList("符他人", Rosters.freshResidentId(), entry, "30", "否"),       // 6: above the course
                Arrays.asList(name, residentId, "别的课程 #" + course.id(), "8", "是")));   // 7: title not the id's
        ImportJobView job = checked(official, file, ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.VALIDATED, job.status(), () -> job.messageKey() + job.messageArgs());
        assertEquals(1, job.counts().newRows());
        assertEquals(5, job.counts().errors());
        List<ImportIssueView> issues = official.call(() -> imports.firstIssues(job.id(), 10, Locale.CHINESE));
        assertEquals(List.of(3, 4, 5, 6, 7), issues.stream().map(ImportIssueView::rowNumber).toList(), issues.toString());
        assertTrue(issues.get(1).message().contains("结束后才能记录"), issues.get(1).message());
        assertTrue(issues.get(3).message().contains("不能超过课程学时"), issues.get(3).message());
        assertTrue(issues.get(4).message().contains("没有这门课程"), "a typed title must be the number's course");

        ImportJobView committed = ImportJobs.commit(imports, official, job, ImportMode.VALID_ROWS_ONLY);
        assertEquals(ImportStatus.COMMITTED, committed.status(), () -> committed.messageKey() + committed.messageArgs());
        List<EducationView> activities = official.call(() -> education.activities(person));
        assertEquals(1, activities.size());
        assertEquals(course.title(), activities.get(0).title());
        assertEquals(0, new BigDecimal("20.5").compareTo(activities.get(0).hours()), "the hours attended count");
        assertEquals(course.endsOn(), activities.get(0).completedOn());
        assertEquals(1, official.call(() -> training.course(course.id())).attendances());

        ImportJobView again = checked(official, sheet(List.of(Arrays.asList(name, residentId, entry, "20.5", "是"))),
                ImportMode.ALL_OR_NOTHING);
        assertEquals(1, again.counts().unchangedRows(), "the same attendance is not recorded twice");
        ImportJobView other = checked(official, sheet(List.of(Arrays.asList(name, residentId, entry, "24", "是"))),
                ImportMode.ALL_OR_NOTHING);
        assertEquals(1, other.counts().errors());
        assertTrue(official.call(() -> imports.firstIssues(other.id(), 5, Locale.CHINESE)).get(0).message()
                .contains("20.5 学时"), "names what is on record");

        ImportJobView foreign = checked(as.jiujiangOfficial(), file, ImportMode.VALID_ROWS_ONLY);
        assertEquals(6, foreign.counts().errors(), "Jiujiang knows neither Nanchang's course nor its people");
    }

    @Test
    void aPlanByLevelIsSetAgainstWhatItsSubtreeDelivered() throws Exception {
        Identity official = as.nanchangOfficial();
        ProviderView school = provider(official, "计划测试学校" + tag());
        long nanchang = official.call(orgUnits::scopeRoot).id();
        // a street union of its own, so that no other test's courses count toward its plans
        OrgUnitView district = official.call(() -> orgUnits.children(nanchang).stream()
                .filter(u -> u.type() == OrgUnitType.COUNTY).findFirst().orElseThrow());
        long street = official.call(() -> management.create(new NewOrgUnitForm(district.id(), OrgUnitType.STREET,
                "计划测试街道工会" + tag(), district.divisionCode(), 3000L, 10L, LocalDate.of(2020, 1, 1)))).unit().id();
        int year = LocalDate.now().getYear() - 1;
        LocalDate day = LocalDate.of(year, 6, 1);
        CourseView forWorkers = official.call(() -> training.addCourse(new CourseForm(school.id(), street,
                "社工师班" + tag(), "职业伦理", CertificateLevel.SOCIAL_WORKER, new BigDecimal("24"), day, day)));
        CourseView forAssistants = official.call(() -> training.addCourse(new CourseForm(school.id(), street,
                "助理班" + tag(), "个案工作", CertificateLevel.ASSISTANT, new BigDecimal("16"), day, day)));
        String a = "符计甲" + tag().substring(0, 2);
        String b = "符计乙" + tag().substring(0, 2);
        String idA = Rosters.freshResidentId();
        String idB = Rosters.freshResidentId();
        official.call(() -> professionals.register(Registrations.newcomer(nanchang, a, idA)));
        official.call(() -> professionals.register(Registrations.newcomer(nanchang, b, idB)));
        String workers = forWorkers.title() + " #" + forWorkers.id();
        ImportJobView attendance = ImportJobs.commit(imports, official, checked(official, sheet(List.of(
                Arrays.asList(a, idA, workers, "24", "是"),
                Arrays.asList(b, idB, workers, "12", "否"),
                Arrays.asList(b, idB, forAssistants.title() + " #" + forAssistants.id(), "16", "是"))),
                ImportMode.ALL_OR_NOTHING), ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.COMMITTED, attendance.status(), () -> attendance.messageKey() + attendance.messageArgs());

        PlanView plan = official.call(() -> training.savePlan(new PlanForm(street, year,
                CertificateLevel.SOCIAL_WORKER, 4, new BigDecimal("24"), null)));
        assertEquals(1, plan.deliveredCourses(), "the assistants' course is not for this level");
        assertEquals(1, plan.trainedPeople(), "who failed is not trained");
        assertEquals(0, new BigDecimal("24.0").compareTo(plan.deliveredHours()));
        assertEquals(0, new BigDecimal("25.0").compareTo(plan.peoplePercent()));
        assertEquals(0, new BigDecimal("25.0").compareTo(plan.hoursPercent()));

        PlanView all = official.call(() -> training.savePlan(new PlanForm(street, year, null, 2,
                new BigDecimal("20"), null)));
        assertEquals(2, all.deliveredCourses());
        assertEquals(2, all.trainedPeople(), "every level counts for an all-levels plan");
        assertEquals(0, new BigDecimal("40.0").compareTo(all.deliveredHours()));
        assertEquals(List.of(all.id(), plan.id()), official.call(() -> training.plans(year)).stream()
                .filter(p -> p.orgUnitId() == street).map(PlanView::id).toList(), "all levels first");

        assertThrows(ConcurrentEditException.class, () -> official.call(() -> training.savePlan(new PlanForm(
                street, year, CertificateLevel.SOCIAL_WORKER, 5, new BigDecimal("24"), null))),
                "a second plan for the same body, year and level is an edit of the first");
        PlanView changed = official.call(() -> training.savePlan(new PlanForm(street, year,
                CertificateLevel.SOCIAL_WORKER, 2, new BigDecimal("24"), plan.version())));
        assertEquals(0, new BigDecimal("50.0").compareTo(changed.peoplePercent()));
        assertThrows(ConcurrentEditException.class, () -> official.call(() -> training.savePlan(new PlanForm(
                street, year, CertificateLevel.SOCIAL_WORKER, 3, new BigDecimal("24"), plan.version()))),
                "a stale save does not overwrite");
        DomainException people = assertThrows(DomainException.class, () -> official.call(() -> training.savePlan(
                new PlanForm(street, year, CertificateLevel.SENIOR, 0, new BigDecimal("24"), null))));
        assertEquals("training.plan.people.invalid", people.messageKey());

        Identity jiujiang = as.jiujiangOfficial();
        assertTrue(jiujiang.call(() -> training.plans(year)).stream().noneMatch(p -> p.orgUnitId() == street));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> training.savePlan(new PlanForm(street, year,
                CertificateLevel.ASSISTANT, 1, BigDecimal.TEN, null))));
        assertEquals(2, as.nanchangFinance().call(() -> training.plans(year)).stream()
                .filter(p -> p.orgUnitId() == street).count(), "finance reads the plans");
    }
}
