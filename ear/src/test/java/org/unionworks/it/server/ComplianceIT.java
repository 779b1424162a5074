package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.certification.application.CertificateForm;
import org.unionworks.certification.application.CertificationDashboardService;
import org.unionworks.certification.application.CertificationFigures;
import org.unionworks.certification.application.CertificationReportService;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.application.CertificationViews.RegistrationView;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationList;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.CertificationStanding;
import org.unionworks.certification.model.RegistrationStatus;
import org.unionworks.education.application.ComplianceReport;
import org.unionworks.education.application.ComplianceService;
import org.unionworks.education.application.CycleLedgers;
import org.unionworks.education.application.EducationForm;
import org.unionworks.education.application.EducationService;
import org.unionworks.education.application.EducationSettings;
import org.unionworks.education.application.LedgerView;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.education.model.ComplianceStatistics;
import org.unionworks.education.model.OrgCompliance;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.ContainerPersistence;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.it.support.Registrations;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.application.RegistryDashboardService;
import org.unionworks.registry.application.WorkforceFigures;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.reports.ReportFormat;
import org.unionworks.shared.model.ChinaTime;

/**
 * Continuing-education compliance counted in SQL against each person's ledger by the Java policy, and the three
 * certification filings against the lists and counts they come from.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceIT {

    private static final String AUTHORITY = "江西省人力资源和社会保障厅";
    private static final String SCHOOL = "江西省总工会干部学校";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(ComplianceIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ComplianceService compliance;

    @Inject
    CertificationService certification;

    @Inject
    CertificationReportService reports;

    @Inject
    EducationService education;

    @Inject
    CycleLedgers ledgers;

    @Inject
    ComplianceStatistics statistics;

    @Inject
    EducationSettings educationSettings;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    org.unionworks.registry.application.ProfessionalService professionals;

    @Inject
    CertificationDashboardService certificationDashboard;

    @Inject
    RegistryDashboardService registryDashboard;

    /** A new professional at the official's own unit with a certificate registered from {@code cycleFrom}. */
    private long certified(Identity who, String name, CertificateLevel level, LocalDate cycleFrom) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        long id = who.call(() -> professionals.register(Registrations.newcomer(home, name, ResidentIds.fresh("360102"))))
                .id();
        CertificateView c = who.call(() -> certification.addCertificate(new CertificateForm(id, level,
                "CE" + System.nanoTime(), cycleFrom.getYear() - 1, cycleFrom.minusMonths(6), AUTHORITY)));
        RegistrationView r = who.call(() -> certification.apply(c.id(), c.version(), cycleFrom.minusMonths(1)));
        for (RegistrationStatus step : List.of(RegistrationStatus.FIRST_REVIEW_PASSED,
                RegistrationStatus.FINAL_REVIEW_PASSED, RegistrationStatus.COMPLETED)) {
            RegistrationView current = r;
            r = who.call(() -> certification.advance(current.id(), current.version(), step, cycleFrom));
        }
        return id;
    }

    private void activity(Identity who, long id, ActivityKind kind, LocalDate on, String hours, boolean passed,
                          String rule) throws Exception {
        who.call(() -> education.record(new EducationForm(id, kind, kind + " " + on, SCHOOL, on,
                hours == null ? null : new BigDecimal(hours), passed, rule)));
    }

    @Test
    void theSqlFiguresAreTheSumOfEveryPersonsLedger() throws Exception {
        Identity official = as.nanchangOfficial();
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        LocalDate cycleFrom = today.minusYears(1).withDayOfMonth(1);
        LocalDate inCycle = cycleFrom.plusMonths(2);

        // a degree and a credited paper count (90 + 80); a second degree, an unknown rule and a failed course do not
        long scholar = certified(official, "符学时", CertificateLevel.SOCIAL_WORKER, cycleFrom);
        activity(official, scholar, ActivityKind.DEGREE, inCycle, null, true, null);
        activity(official, scholar, ActivityKind.DEGREE, inCycle.plusDays(10), null, true, null);
        activity(official, scholar, ActivityKind.PAPER, inCycle, null, true, "CORE_JOURNAL_PAPER_3000");
        activity(official, scholar, ActivityKind.PAPER, inCycle, null, true, "NO_SUCH_RULE");
        // an assistant half an hour short: 71.5 passed, 10 failed, 30 before the cycle
        long almost = certified(official, "符差半", CertificateLevel.ASSISTANT, cycleFrom);
        activity(official, almost, ActivityKind.TRAINING, inCycle, "71.5", true, null);
        // everyone's earned hours kept as they stand; what is recorded after must count all the same
        keepHours(official);
        activity(official, almost, ActivityKind.TRAINING, inCycle, "10", false, null);
        activity(official, almost, ActivityKind.TRAINING, cycleFrom.minusDays(1), "30", true, null);
        // an assistant whose degree came before the cycle: only the 72 training hours count, exactly enough
        long exact = certified(official, "符正好", CertificateLevel.ASSISTANT, cycleFrom);
        activity(official, exact, ActivityKind.DEGREE, cycleFrom.minusYears(2), null, true, null);
        activity(official, exact, ActivityKind.TRAINING, inCycle, "72", true, null);

        EntityManager em = ContainerPersistence.entityManager();
        assertEquals(0, new BigDecimal("170.0").compareTo(ledger(em, scholar).earned()), "90 + 80, nothing else");
        assertEquals(0, new BigDecimal("0.5").compareTo(ledger(em, almost).shortfall()));
        assertTrue(ledger(em, exact).compliant());

        long root = official.call(orgUnits::scopeRoot).id();
        String scope = em.find(OrgUnit.class, root).getPath();
        List<CertificationStanding> inCycleNow = em.createQuery("SELECT s FROM CertificationStanding s"
                        + " JOIN s.professional p WHERE p.path LIKE :scope AND p.status = :active"
                        + " AND s.level IS NOT NULL AND s.registeredFrom <= :today AND s.registeredUntil > :today",
                        CertificationStanding.class)
                .setParameter("scope", scope + "%").setParameter("active", ProfessionalStatus.ACTIVE)
                .setParameter("today", today).getResultList();
        assertTrue(inCycleNow.size() > 3, "the demo city has people in a cycle besides the three");

        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal> missing = new HashMap<>();
        for (CertificationStanding s : inCycleNow) {
            Professional p = em.find(Professional.class, s.getProfessionalId());
            LedgerView ledger = ledgers.ledger(p, s.getLevel(), s.getRegisteredFrom(), s.getRegisteredUntil());
            long unit = p.getOrgUnit().getId();
            long[] c = counts.computeIfAbsent(unit, u -> new long[3]);
            c[0]++;
            if (ledger.compliant()) {
                c[1]++;
            } else if (!s.getRegisteredUntil().isAfter(today.plusDays(ComplianceService.DUE_SOON_DAYS))) {
                c[2]++;
            }
            missing.merge(unit, ledger.shortfall(), BigDecimal::add);
        }

        ComplianceReport report = official.call(compliance::report);
        Map<Long, OrgCompliance> byUnit = report.units().stream()
                .collect(Collectors.toMap(OrgCompliance::orgUnitId, u -> u));
        assertEquals(counts.keySet(), byUnit.keySet(), "a row for every unit with someone in a cycle");
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            OrgCompliance row = byUnit.get(e.getKey());
            assertEquals(e.getValue()[0], row.inCycle(), "in a cycle at " + row.orgUnitName());
            assertEquals(e.getValue()[1], row.compliant(), "compliant at " + row.orgUnitName());
            assertEquals(e.getValue()[2], row.shortDueSoon(), "due soon at " + row.orgUnitName());
            assertEquals(0, missing.get(e.getKey()).compareTo(row.shortfallHours()), "hours at " + row.orgUnitName());
        }
        assertEquals(inCycleNow.size(), report.total().inCycle());

        // the kept rows: the scholar's 170 hours, and the same figures when every row is read as kept
        assertEquals(0, new BigDecimal("170.0").compareTo((BigDecimal) em.createNativeQuery(
                "SELECT earned FROM cycle_hours WHERE professional_id = ?1").setParameter(1, scholar).getSingleResult()));
        ComplianceReport again = official.call(compliance::report);
        assertEquals(report.units().size(), again.units().size());
        for (int i = 0; i < report.units().size(); i++) {
            OrgCompliance first = report.units().get(i);
            OrgCompliance second = again.units().get(i);
            assertEquals(List.of(first.orgUnitId(), first.inCycle(), first.compliant(), first.shortDueSoon()),
                    List.of(second.orgUnitId(), second.inCycle(), second.compliant(), second.shortDueSoon()));
            assertEquals(0, first.shortfallHours().compareTo(second.shortfallHours()), first.orgUnitName());
        }

        ComplianceReport jiujiang = as.jiujiangOfficial().call(compliance::report);
        assertTrue(jiujiang.units().stream().noneMatch(u -> byUnit.containsKey(u.orgUnitId())),
                "another city sees none of Nanchang's units");
        assertTrue(jiujiang.units().stream().allMatch(u -> u.divisionCode().value().startsWith("3604")));
    }

    /**
     * Keeps the hours of the official's subtree, as a report does when enough of them had to be computed in place
     * (whatever the tests before this one left kept).
     */
    private void keepHours(Identity official) throws Exception {
        OrgUnit root = ContainerPersistence.entityManager().find(OrgUnit.class, official.call(orgUnits::scopeRoot).id());
        statistics.keepEarnedHours(OrgScope.of(root.getPath()), root.getDivisionCode(), LocalDate.now(ChinaTime.ZONE),
                educationSettings.credits());
    }

    private LedgerView ledger(EntityManager em, long professionalId) {
        CertificationStanding s = em.createQuery("SELECT s FROM CertificationStanding s WHERE s.professionalId = :id",
                CertificationStanding.class).setParameter("id", professionalId).getSingleResult();
        return ledgers.ledger(em.find(Professional.class, professionalId), s.getLevel(), s.getRegisteredFrom(),
                s.getRegisteredUntil());
    }

    @Test
    void theFilingsHoldWhatTheListsAndCountsHold() throws Exception {
        Identity official = as.nanchangOfficial();

        ComplianceReport report = official.call(compliance::report);
        ByteArrayOutputStream complianceXlsx = new ByteArrayOutputStream();
        long units = official.call(() -> compliance.filing(ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE,
                complianceXlsx));
        assertEquals(report.units().size(), units);
        List<String> cells = cells(complianceXlsx.toByteArray());
        assertTrue(cells.contains("继续教育学时达标情况"));
        assertTrue(cells.contains(String.valueOf((double) report.total().inCycle())), "the total row sums the units");
        assertTrue(cells.contains(String.valueOf((double) report.total().compliant())));

        long expected = 0;
        for (CertificationList list : List.of(CertificationList.ELIGIBLE_NOT_APPOINTED,
                CertificationList.APPOINTED_ABOVE_ELIGIBILITY, CertificationList.APPOINTMENT_EXPIRED)) {
            expected += official.call(() -> certification.count(list, null));
        }
        ByteArrayOutputStream mismatches = new ByteArrayOutputStream();
        long listed = official.call(() -> certification.mismatchFiling(ReportFormat.XLSX, Locale.SIMPLIFIED_CHINESE,
                mismatches));
        assertEquals(expected, listed, "the filing holds the three linkage lists, no more, no less");
        List<String> mismatchCells = cells(mismatches.toByteArray());
        assertTrue(mismatchCells.contains("评聘衔接不一致名单"));
        assertTrue(mismatchCells.contains("具备资格未聘任"), "the eligible-not-appointed section has its heading");
        assertFalse(mismatchCells.stream().anyMatch(c -> c.matches("\\d{17}[\\dX]")), "no full ID number");

        CertificationReportFilter assistants = new CertificationReportFilter(null, CertificateLevel.ASSISTANT, null,
                null);
        ByteArrayOutputStream roster = new ByteArrayOutputStream();
        long rows = official.call(() -> reports.filing(assistants, ReportFormat.XLSX, Locale.ENGLISH, roster));
        assertEquals((long) official.call(() -> reports.count(assistants)), rows);
        List<String> rosterCells = cells(roster.toByteArray());
        assertTrue(rosterCells.contains("Certified social worker roster"));
        assertTrue(rosterCells.contains("Filters: certificate level Assistant social worker"), rosterCells.toString());
        assertFalse(rosterCells.contains("Social worker"), "only assistants");
    }

    @Test
    void theDashboardCountsWhatTheListsAndTheComplianceReportCount() throws Exception {
        Identity official = as.nanchangOfficial();
        CertificationFigures before = official.call(certificationDashboard::figures);
        WorkforceFigures registry = official.call(registryDashboard::figures);
        assertEquals(registry.active(), before.active(), "the same active people as the registry dashboard");
        assertEquals(registry.certified(), before.certified(), "and the same certified");
        assertEquals(CertificateLevel.values().length, before.byLevel().size(), "every level, held or not");
        for (CertificationList list : CertificationList.values()) {
            assertEquals((long) official.call(() -> certification.count(list, null)), before.count(list.name()),
                    list + " as long as its list");
        }
        ComplianceReport report = official.call(compliance::report);
        assertEquals(report.total(), before.compliance(), "the compliance filing's total row");
        assertTrue(before.mostShort().size() <= 5);
        for (int i = 1; i < before.mostShort().size(); i++) {
            assertTrue(before.mostShort().get(i - 1).shortOfHours() >= before.mostShort().get(i).shortOfHours(),
                    "most short first");
        }

        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        certified(official, "符高级", CertificateLevel.SENIOR, today.minusMonths(3));
        CertificationFigures after = official.call(certificationDashboard::figures);
        assertEquals(before.active() + 1, after.active());
        assertEquals(level(before, CertificateLevel.SENIOR) + 1, level(after, CertificateLevel.SENIOR),
                "a new senior social worker counts at their level");
        assertEquals(before.compliance().inCycle() + 1, after.compliance().inCycle(), "and is in a cycle");
        assertEquals(before.compliance().compliant(), after.compliance().compliant(), "without hours yet");
        assertEquals(0, after.byLevel().get(2).sharePercent().compareTo(BigDecimal.valueOf(
                level(after, CertificateLevel.SENIOR) * 100).divide(BigDecimal.valueOf(after.active()), 1,
                java.math.RoundingMode.HALF_UP)), "the share is of the active");

        CertificationFigures finance = as.nanchangFinance().call(certificationDashboard::figures);
        assertEquals(after.certified(), finance.certified(), "finance reads the same aggregates");
        CertificationFigures jiujiang = as.jiujiangOfficial().call(certificationDashboard::figures);
        assertEquals(as.jiujiangOfficial().call(registryDashboard::figures).active(), jiujiang.active(),
                "another city counts its own people only");
        assertTrue(jiujiang.mostShort().stream().allMatch(u -> u.divisionCode().value().startsWith("3604")));
    }

    private static long level(CertificationFigures figures, CertificateLevel level) {
        return figures.byLevel().stream().filter(l -> l.level() == level).findFirst().orElseThrow().count();
    }

    /** Every cell's text (numbers as Java doubles print), in sheet order. */
    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            values.add(book.getSheetName(0));
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    values.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                            : cell.toString());
                }
            }
        }
        return values;
    }
}
