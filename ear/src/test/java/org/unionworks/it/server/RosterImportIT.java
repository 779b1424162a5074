package org.unionworks.it.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.it.support.Identity;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.imports.application.ImportIssueView;
import org.unionworks.imports.application.ImportJobView;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.application.RosterColumn;
import org.unionworks.imports.application.ImportService;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportStatus;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.shared.application.ErrorTexts;
import org.unionworks.shared.infrastructure.upload.UploadStore;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * The roster import on the running server: the same file twice adds nobody; one bad row in the middle and the
 * default mode writes nothing; "valid rows only" writes the rest and reports the bad one; each hostile file is
 * refused with its own reason, writes nothing and leaves no file behind; jobs are scoped like everything else.
 */
@ExtendWith(ArquillianExtension.class)
class RosterImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(RosterImportIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ImportService imports;

    @Inject
    ProfessionalService professionals;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    UploadStore uploads;

    private String nanchangEntry() throws Exception {
        OrgUnitView root = as.nanchangOfficial().call(orgUnits::scopeRoot);
        return root.name() + " #" + root.id();
    }

    private static String tag() {
        return "导入" + Long.toString(System.nanoTime(), 36);
    }

    private long countNamed(Identity who, String prefix) throws Exception {
        return who.call(() -> professionals.count(new ProfessionalFilter(prefix, null, null, null, null, null, null,
                null, null)));
    }

    private ImportJobView upload(Identity who, String name, byte[] file, ImportMode mode) throws Exception {
        return who.call(() -> imports.upload(ImportKind.PROFESSIONALS, name, file.length, new ByteArrayInputStream(file), mode, Locale.CHINESE));
    }

    private ImportJobView settled(Identity who, long jobId) throws Exception {
        return ImportJobs.settled(imports, who, jobId);
    }

    private ImportJobView commit(Identity who, ImportJobView checked, ImportMode mode) throws Exception {
        return ImportJobs.commit(imports, who, checked, mode);
    }

    @Test
    void theSameFileTwiceAddsNobodyTheSecondTime() throws Exception {
        Identity official = as.nanchangOfficial();
        String unit = nanchangEntry();
        String tag = tag();
        byte[] file = Rosters.roster(List.of(
                Rosters.person(tag + "甲", Rosters.freshResidentId(), unit),
                Rosters.person(tag + "乙", Rosters.freshResidentId(), unit),
                Rosters.person(tag + "丙", Rosters.freshResidentId(), unit)));

        ImportJobView first = settled(official, upload(official, "名册.xlsx", file, ImportMode.ALL_OR_NOTHING).id());
        assertEquals(ImportStatus.VALIDATED, first.status(), () -> first.messageKey() + first.messageArgs());
        assertEquals(3, first.counts().newRows());
        assertEquals(0, countNamed(official, tag), "a dry run writes nothing");

        ImportJobView committed = commit(official, first, ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.COMMITTED, committed.status(), () -> committed.messageKey() + committed.messageArgs());
        assertEquals(3, countNamed(official, tag));

        ImportJobView again = settled(official, upload(official, "名册（再次）.xlsx", file, ImportMode.ALL_OR_NOTHING).id());
        assertEquals(ImportStatus.VALIDATED, again.status());
        assertEquals(0, again.counts().newRows());
        assertEquals(3, again.counts().unchangedRows());
        assertEquals(first.sha256(), again.sha256());
        assertNotNull(again.sameFileImportedAt(), "the page can say this very file was imported before");
        DomainException nothing = assertThrows(DomainException.class,
                () -> official.call(() -> imports.commit(again.id(), again.version(), ImportMode.ALL_OR_NOTHING)));
        assertEquals("import.commit.nothingToWrite", nothing.messageKey());
        assertEquals(3, countNamed(official, tag));
    }

    @Test
    void aRecordAColleagueSavedAfterTheUploadIsNotOverwrittenAndEmptyCellsKeepWhatARecordHolds() throws Exception {
        Identity official = as.nanchangOfficial();
        String unit = nanchangEntry();
        String name = tag() + "甲";
        String residentId = Rosters.freshResidentId();
        ImportJobView registered = commit(official, settled(official, upload(official, "名册.xlsx",
                Rosters.roster(List.of(Rosters.person(name, residentId, unit))), ImportMode.ALL_OR_NOTHING).id()),
                ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.COMMITTED, registered.status());
        long personId = official.call(() -> professionals.findIdByResidentId(residentId)).orElseThrow();

        // a later roster leaves the major empty and names another political status: the major stays
        List<Object> sparse = new ArrayList<>(Rosters.person(name, residentId, unit));
        sparse.set(RosterColumn.MAJOR.index(), "");
        sparse.set(RosterColumn.POLITICAL_STATUS.index(), "中共党员");
        ImportJobView update = commit(official, settled(official, upload(official, "补充.xlsx",
                Rosters.roster(List.of(sparse)), ImportMode.ALL_OR_NOTHING).id()), ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.COMMITTED, update.status(), () -> update.messageKey() + update.messageArgs());
        ProfessionalDetails afterSparse = official.call(() -> professionals.get(personId));
        assertEquals("社会工作", afterSparse.major(), "an empty cell does not erase the record's major");
        assertEquals(PoliticalStatus.CPC_MEMBER, afterSparse.politicalStatus());

        // a province roster corrects the major; while its dry run waits for the clerk, a colleague saves the record
        List<Object> changed = new ArrayList<>(Rosters.person(name, residentId, unit));
        changed.set(RosterColumn.MAJOR.index(), "法学");
        ImportJobView checked = settled(official, upload(official, "省名册.xlsx", Rosters.roster(List.of(changed)),
                ImportMode.ALL_OR_NOTHING).id());
        assertEquals(1, checked.counts().changedRows());
        ProfessionalDetails d = as.secondNanchangOfficial().call(() -> professionals.get(personId));
        as.secondNanchangOfficial().call(() -> professionals.update(new ProfessionalForm(d.id(), d.version(),
                d.fullName(), null, null, d.education(), "心理学", d.socialWorkMajor(), d.politicalStatus(),
                d.category(), d.employmentMode(), d.employerId(), d.orgUnitId(), d.joinedOn())));

        ImportJobView refused = commit(official, checked, ImportMode.ALL_OR_NOTHING);
        assertEquals(ImportStatus.FAILED, refused.status(), "the commit writes what the dry run showed, or nothing");
        assertEquals("心理学", official.call(() -> professionals.get(personId)).major(), "the colleague's save stands");
        List<ImportIssueView> issues = official.call(() -> imports.firstIssues(refused.id(), 10, Locale.CHINESE));
        assertEquals(1, issues.size());
        assertTrue(issues.get(0).message().contains("official2"), "names who saved: " + issues.get(0).message());
    }

    @Test
    void oneBadRowInTheMiddleAndTheDefaultModeWritesNothing() throws Exception {
        Identity official = as.nanchangOfficial();
        String unit = nanchangEntry();
        String tag = tag();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(Rosters.person(tag + "员" + i, Rosters.freshResidentId(), unit));
        }
        List<Object> bad = new ArrayList<>(rows.get(2));
        String id = (String) bad.get(1);
        bad.set(1, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        bad.set(3, "");
        rows.set(2, bad);

        ImportJobView checked = settled(official, upload(official, "有错.xlsx", Rosters.roster(rows),
                ImportMode.ALL_OR_NOTHING).id());
        assertEquals(ImportStatus.VALIDATED, checked.status());
        assertEquals(5, checked.counts().total());
        assertEquals(1, checked.counts().errors());
        assertEquals(4, checked.counts().newRows());

        List<ImportIssueView> issues = official.call(() -> imports.firstIssues(checked.id(), 20, Locale.CHINESE));
        assertEquals(List.of(4, 4), issues.stream().map(ImportIssueView::rowNumber).toList(),
                "row 4 of the sheet (header in row 1), both of its problems");
        assertEquals(List.of("公民身份号码", "学历"), issues.stream().map(ImportIssueView::column).toList());
        assertTrue(issues.get(0).message().contains("校验码"), issues.get(0).message());

        DomainException refused = assertThrows(DomainException.class,
                () -> official.call(() -> imports.commit(checked.id(), checked.version(), ImportMode.ALL_OR_NOTHING)));
        assertEquals("import.commit.hasErrors", refused.messageKey());
        assertEquals(0, countNamed(official, tag), "nothing of the file is written");

        ImportJobView partial = commit(official, official.call(() -> imports.job(checked.id())),
                ImportMode.VALID_ROWS_ONLY);
        assertEquals(ImportStatus.COMMITTED, partial.status(), () -> partial.messageKey() + partial.messageArgs());
        assertEquals(4, countNamed(official, tag));

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int reported = official.call(() -> imports.writeErrorReport(checked.id(), Locale.CHINESE, report));
        assertEquals(1, reported);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("原行号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("错误说明", sheet.getRow(0).getCell(15).getStringCellValue());
            Row row = sheet.getRow(1);
            assertEquals(4, (int) row.getCell(0).getNumericCellValue());
            assertEquals(tag + "员2", row.getCell(1).getStringCellValue());
            String maskedId = row.getCell(2).getStringCellValue();
            assertTrue(maskedId.matches("360\\*{11}[\\dX]{4}"), "ID masked for a caller without PERSONAL_DATA: " + maskedId);
            String errors = row.getCell(15).getStringCellValue();
            assertTrue(errors.contains("公民身份号码") && errors.contains("学历") && errors.contains("必须填写"), errors);
            assertEquals(2, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void hostileAndWrongFilesAreRefusedWithTheirReasonAndLeaveNothingBehind() throws Exception {
        Identity official = as.nanchangOfficial();
        String tag = tag();
        byte[] genuine = Rosters.roster(List.of(Rosters.person(tag + "甲", Rosters.freshResidentId(), nanchangEntry())));
        byte[] zeros = new byte[40 * 1024 * 1024];
        byte[] xls;
        try (HSSFWorkbook old = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("人员名册").createRow(0).createCell(0).setCellValue("姓名");
            old.write(out);
            xls = out.toByteArray();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("import.file.empty", new byte[0]);
        files.put("import.file.csv", ("姓名,公民身份号码\n" + tag + "甲," + Rosters.freshResidentId() + "\n").getBytes(UTF_8));
        files.put("import.file.xls", xls);
        files.put("import.file.macros", Rosters.rewrite(genuine, Map.of("xl/vbaProject.bin", "VBA".getBytes(UTF_8))));
        files.put("import.file.zipBomb", Rosters.rewrite(genuine, Map.of("xl/media/image1.png", zeros)));
        files.put("import.file.xmlEntity", Rosters.rewrite(genuine, Map.of("xl/worksheets/sheet1.xml", (
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                        + "</sheetData></worksheet>").getBytes(UTF_8))));
        files.put("import.file.emptySheet", Rosters.roster(List.of()));
        List<String> wrongHeader = new ArrayList<>(Rosters.chineseHeader());
        wrongHeader.set(3, "最高学历");
        files.put("import.file.wrongHeader", Rosters.workbook(wrongHeader,
                List.of(Rosters.person(tag + "乙", Rosters.freshResidentId(), nanchangEntry()))));

        Set<String> before = new HashSet<>(uploads.keys());
        long registered = official.call(() -> professionals.count(ProfessionalFilter.NONE));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ImportJobView job = settled(official, upload(official, "hostile.xlsx", file.getValue(),
                    ImportMode.VALID_ROWS_ONLY).id());
            assertEquals(ImportStatus.REJECTED, job.status(), file.getKey());
            assertEquals(file.getKey(), job.messageKey());
            assertEquals(0, job.counts().total(), file.getKey());
            assertEquals(List.of(), official.call(() -> imports.firstIssues(job.id(), 10, Locale.CHINESE)), file.getKey());
        }
        assertEquals(registered, official.call(() -> professionals.count(ProfessionalFilter.NONE)), "nothing written");
        assertEquals(0, countNamed(official, tag));
        assertEquals(before, new HashSet<>(uploads.keys()), "no stored upload left behind");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeAJobExists() throws Exception {
        byte[] tooLarge = new byte[101 * 1024 * 1024];
        Set<String> before = new HashSet<>(uploads.keys());
        DomainException refused = assertThrows(DomainException.class,
                () -> upload(as.nanchangOfficial(), "big.xlsx", tooLarge, ImportMode.ALL_OR_NOTHING));
        assertEquals("import.file.tooLarge", refused.messageKey());
        assertEquals(List.of(100L), Arrays.asList(refused.arguments()));
        assertEquals(before, new HashSet<>(uploads.keys()));
    }

    @Test
    void jobsAndTheirReportsStayInTheirCity() throws Exception {
        Identity nanchang = as.nanchangOfficial();
        String tag = tag();
        ImportJobView job = settled(nanchang, upload(nanchang, "南昌.xlsx", Rosters.roster(List.of(
                Rosters.person(tag + "甲", Rosters.freshResidentId(), nanchangEntry()))), ImportMode.ALL_OR_NOTHING).id());
        Identity jiujiang = as.jiujiangOfficial();

        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> imports.job(job.id())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> imports.firstIssues(job.id(), 5, Locale.CHINESE)));
        assertThrows(NotFoundException.class, () -> jiujiang.call(
                () -> imports.writeErrorReport(job.id(), Locale.CHINESE, new ByteArrayOutputStream())));
        assertThrows(NotFoundException.class, () -> jiujiang.call(
                () -> imports.commit(job.id(), job.version(), ImportMode.ALL_OR_NOTHING)));
        assertThrows(NotFoundException.class, () -> jiujiang.call(() -> imports.cancel(job.id(), job.version())));
        assertFalse(jiujiang.call(() -> imports.recent(ImportKind.PROFESSIONALS, 100)).stream().anyMatch(j -> j.id() == job.id()));

        // a Nanchang unit named in a Jiujiang official's file is not found: the row is in error, nobody is added
        ImportJobView foreign = settled(jiujiang, upload(jiujiang, "九江.xlsx", Rosters.roster(List.of(
                Rosters.person(tag + "乙", Rosters.freshResidentId(), nanchangEntry()))), ImportMode.ALL_OR_NOTHING).id());
        assertEquals(1, foreign.counts().errors());
        ImportIssueView issue = jiujiang.call(() -> imports.firstIssues(foreign.id(), 1, Locale.ENGLISH)).get(0);
        assertEquals("Organisation", issue.column());
        assertEquals(ErrorTexts.format(Locale.ENGLISH, "import.row.unitUnknown"), issue.message());

        ImportJobView withdrawn = nanchang.call(() -> imports.cancel(job.id(), job.version()));
        assertEquals(ImportStatus.CANCELLED, withdrawn.status());
        assertEquals(0, countNamed(nanchang, tag));
    }
}
