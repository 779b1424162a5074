package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.certification.application.CertificateColumn;
import org.unionworks.certification.application.CertificateForm;
import org.unionworks.certification.application.CertificationProfile;
import org.unionworks.certification.application.CertificationService;
import org.unionworks.certification.application.CertificationViews.CertificateView;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificateSource;
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
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * The certificate import on the running server, through the same job machinery as the roster: a certificate is
 * recorded once however often its file comes; a wrong name, an unknown person, a number on record for someone else
 * or with other details are each refused with their reason; the default mode writes nothing while a row is wrong;
 * another city's official cannot reach Nanchang's people.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateImportIT {

    private static final String AUTHORITY = "江西省人力资源和社会保障厅";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(CertificateImportIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ImportService imports;

    @Inject
    ProfessionalService professionals;

    @Inject
    CertificationService certification;

    @Inject
    OrgUnitService orgUnits;

    /** A Nanchang professional, just registered; returns {id, name, resident ID}. */
    private Object[] person(Identity who, String name) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        String residentId = Rosters.freshResidentId();
        long id = who.call(() -> professionals.register(Registrations.newcomer(home, name, residentId))).id();
        return new Object[] {id, name, residentId};
    }

    private static String number() {
        return "ZS" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static List<Object> row(Object[] person, String level, String number, Object examYear,
                                    LocalDate issuedOn) {
        return Arrays.asList(person[1], person[2], level, number, examYear, issuedOn, AUTHORITY);
    }

    private static byte[] file(List<List<Object>> rows) {
        return Rosters.workbook(Arrays.stream(CertificateColumn.values())
                .map(c -> Labels.bundle(Locale.CHINESE).getString(c.labelKey())).toList(), rows, 1, 3);
    }

    private ImportJobView checked(Identity who, String name, byte[] file, ImportMode mode) throws Exception {
        ImportJobView job = who.call(() -> imports.upload(ImportKind.CERTIFICATES, name, file.length,
                new ByteArrayInputStream(file), mode, Locale.CHINESE));
        return settled(who, job.id());
    }

    private ImportJobView settled(Identity who, long jobId) throws Exception {
        return ImportJobs.settled(imports, who, jobId);
    }

    private ImportJobView commit(Identity who, ImportJobView checked, ImportMode mode) throws Exception {
        return ImportJobs.commit(imports, who, checked, mode);
    }

    private CertificationProfile profile(Identity who, Object[] person) throws Exception {
        return who.call(() -> certification.profile((long) person[0]));
    }

    @Test
    void certificatesAreRecordedOnceHoweverOftenTheirFileComes() throws Exception {
        Identity official = as.nanchangOfficial();
        Object[] first = person(official, "符导证甲");
        Object[] second = person(official, "符导证乙");
        LocalDate issued = LocalDate.of(2023, 12, 20);
        String n1 = number();
        String n2 = number();
        String n3 = number();
        byte[] file = file(List.of(
                row(first, "助理社会工作师", n1, 2021, LocalDate.of(2021, 12, 1)),
                row(first, "社会工作师", n2, 2023, issued),
                row(second, "Senior social worker", n3, 2023, issued)));

        ImportJobView dryRun = checked(official, "证书.xlsx", file, ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.VALIDATED, dryRun.status(), () -> dryRun.messageKey() + dryRun.messageArgs());
        assertEquals(ImportKind.CERTIFICATES, dryRun.kind());
        assertEquals(3, dryRun.counts().newRows(), "English level names read too");
        assertTrue(profile(official, first).certificates().isEmpty(), "a dry run writes nothing");

        ImportJobView committed = commit(official, dryRun, ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.COMMITTED, committed.status(), () -> committed.messageKey() + committed.messageArgs());
        CertificationProfile firstProfile = profile(official, first);
        assertEquals(2, firstProfile.certificates().size(), "one person, two certificates over time");
        assertTrue(firstProfile.certificates().stream().allMatch(c -> c.source() == CertificateSource.IMPORTED));
        assertEquals(CertificateLevel.SOCIAL_WORKER, firstProfile.highestLevel(), "the standing follows the import");
        assertEquals(CertificateLevel.SENIOR, profile(official, second).highestLevel());

        ImportJobView again = checked(official, "证书（再次）.xlsx", file, ImportMode.ALL_OR_NOTHING);
        assertEquals(0, again.counts().newRows());
        assertEquals(3, again.counts().unchangedRows());
        assertNotNull(again.sameFileImportedAt(), "the page can say this very file was imported before");
        DomainException nothing = assertThrows(DomainException.class,
                () -> official.call(() -> imports.commit(again.id(), again.version(), ImportMode.ALL_OR_NOTHING)));
        assertEquals("import.commit.nothingToWrite", nothing.messageKey());
        assertEquals(2, profile(official, first).certificates().size());
        assertTrue(official.call(() -> imports.recent(ImportKind.CERTIFICATES, 10)).stream()
                .anyMatch(j -> j.id() == committed.id()), "listed among the certificate imports");
        assertTrue(official.call(() -> imports.recent(ImportKind.PROFESSIONALS, 100)).stream()
                .noneMatch(j -> j.id() == committed.id()), "and not among the rosters");
    }

    @Test
    void eachWrongRowIsRefusedWithItsReasonAndTheDefaultModeWritesNothing() throws Exception {
        Identity official = as.nanchangOfficial();
        Object[] good = person(official, "符导证丙");
        Object[] other = person(official, "符导证丁");
        LocalDate issued = LocalDate.of(2024, 11, 30);
        String onRecord = number();
        String otherOnRecord = number();
        CertificateView entered = official.call(() -> certification.addCertificate(new CertificateForm(
                (long) other[0], CertificateLevel.ASSISTANT, onRecord, 2024, issued, AUTHORITY)));
        assertEquals(CertificateSource.ENTERED, entered.source());
        official.call(() -> certification.addCertificate(new CertificateForm((long) other[0],
                CertificateLevel.SOCIAL_WORKER, otherOnRecord, 2024, issued, AUTHORITY)));
        Object[] stranger = {0L, "符不在", Rosters.freshResidentId()};
        Object[] misnamed = {good[0], "符名错", good[2]};
        String unusable = number();

        List<List<Object>> rows = new ArrayList<>();
        String fine = number();
        rows.add(row(good, "社会工作师", fine, 2024, issued));                        // row 2: fine
        rows.add(row(stranger, "社会工作师", number(), 2024, issued));                // 3: nobody registered
        rows.add(row(misnamed, "社会工作师", number(), 2024, issued));                // 4: name differs
        rows.add(row(good, "社会工作师", onRecord, 2024, issued));                    // 5: number is someone else's
        rows.add(row(other, "高级社会工作师", otherOnRecord, 2024, issued));            // 6: on record, other level
        rows.add(row(other, "中级社会工作者", unusable, "去年", issued));                  // 7: level, exam year
        rows.add(row(other, "助理社会工作师", fine, 2024, issued));                    // 8: row 2's number again
        rows.add(row(good, "助理社会工作师", number(), 2019, issued));                 // 9: exam year misfits
        ImportJobView checked = checked(official, "有错的证书.xlsx", file(rows), ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.VALIDATED, checked.status(), () -> checked.messageKey() + checked.messageArgs());
        assertEquals(8, checked.counts().total());
        assertEquals(7, checked.counts().errors());
        assertEquals(1, checked.counts().newRows());

        List<ImportIssueView> issues = official.call(() -> imports.firstIssues(checked.id(), 20, Locale.CHINESE));
        assertEquals(List.of(3, 4, 5, 6, 7, 7, 8, 9), issues.stream().map(ImportIssueView::rowNumber).toList(),
                issues.toString());
        assertTrue(issues.get(0).message().contains("没有以此公民身份号码登记的人员"), issues.get(0).message());
        assertTrue(issues.get(1).message().contains("符导证丙"), "names the registered name: " + issues.get(1));
        assertTrue(issues.get(2).message().contains("已登记，不能重复录入"), issues.get(2).message());
        assertTrue(issues.get(3).message().contains("不同"), issues.get(3).message());
        assertEquals("证书等级", issues.get(4).column());
        assertEquals("考试年度", issues.get(5).column());
        assertEquals("证书编号", issues.get(6).column());
        assertTrue(issues.get(6).message().contains("第 2 行"), issues.get(6).message());
        assertEquals(null, issues.get(7).column(), "the exam year against the issue date: the whole row");
        assertTrue(issues.get(7).message().contains("考试年份"), issues.get(7).message());

        DomainException refused = assertThrows(DomainException.class,
                () -> official.call(() -> imports.commit(checked.id(), checked.version(), ImportMode.ALL_OR_NOTHING)));
        assertEquals("import.commit.hasErrors", refused.messageKey());
        assertTrue(profile(official, good).certificates().isEmpty(), "nothing of the file is written");
        assertEquals(List.of(CertificateLevel.ASSISTANT, CertificateLevel.SOCIAL_WORKER), profile(official, other)
                .certificates().stream().map(CertificateView::level).sorted().toList(),
                "the official's entries are not overwritten");

        ImportJobView partial = commit(official, official.call(() -> imports.job(checked.id())),
                ImportMode.VALID_ROWS_ONLY);
        assertEquals(ImportStatus.COMMITTED, partial.status(), () -> partial.messageKey() + partial.messageArgs());
        assertEquals(1, profile(official, good).certificates().size());

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        assertEquals(7, (int) official.call(() -> imports.writeErrorReport(checked.id(), Locale.CHINESE, report)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("原行号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("证书编号", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals("错误说明", sheet.getRow(0).getCell(8).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals(3, (int) first.getCell(0).getNumericCellValue());
            assertTrue(first.getCell(2).getStringCellValue().matches("360\\*{11}[\\dX]{4}"),
                    "ID masked: " + first.getCell(2).getStringCellValue());
            assertTrue(first.getCell(8).getStringCellValue().contains("公民身份号码"));
        }
    }

    @Test
    void anotherCitysOfficialCannotReachNanchangsPeople() throws Exception {
        Object[] nanchang = person(as.nanchangOfficial(), "符导证戊");
        Identity jiujiang = as.jiujiangOfficial();
        ImportJobView checked = checked(jiujiang, "九江证书.xlsx", file(List.of(
                row(nanchang, "社会工作师", number(), 2024, LocalDate.of(2024, 11, 30)))), ImportMode.VALID_ROWS_ONLY);
        assertEquals(1, checked.counts().errors());
        List<ImportIssueView> issues = jiujiang.call(() -> imports.firstIssues(checked.id(), 5, Locale.CHINESE));
        assertTrue(issues.get(0).message().contains("没有以此公民身份号码登记的人员"),
                "as unknown as someone never registered: " + issues.get(0).message());
        assertTrue(profile(as.nanchangOfficial(), nanchang).certificates().isEmpty());
        assertThrows(NotFoundException.class, () -> as.nanchangOfficial().call(() -> imports.job(checked.id())),
                "jobs are scoped like the records");
    }
}
