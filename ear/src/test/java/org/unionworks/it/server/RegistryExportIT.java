package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import org.unionworks.it.support.Registrations;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.ProfessionalExportRequest;
import org.unionworks.registry.application.ProfessionalExportService;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.application.AuditEntryView;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.RevealReason;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.NotFoundException;

/**
 * Exports of the professionals list on the running server, read back with POI and PDFBox: the
 * list's rows in its order, masked, in Chinese, numbers as numbers, formulas neutralised; 九江
 * exports nothing of 南昌; full values only for the personal-data role; every export audited with
 * its row count. Each test registers the people it needs under names and IDs of its own.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryExportIT {

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String MASKED = "\\d{3}\\*{11}[\\dX]{4}";
    private static final String FULL = "\\d{17}[\\dX]";
    private static final int ID_COLUMN = 2;
    private static final int PHONE_COLUMN = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(RegistryExportIT.class);
    }

    @Inject
    Identities as;

    @Inject
    ProfessionalService professionals;

    @Inject
    ProfessionalExportService exports;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    AuditSearchService audit;

    private static String freshResidentId(String division) {
        return ResidentIds.fresh(division);
    }

    /** A name no earlier run on the same database has used. */
    private static String marker(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
    }

    private ProfessionalDetails register(Identity who, String name, String residentId) throws Exception {
        long home = who.call(orgUnits::scopeRoot).id();
        return who.call(() -> professionals.register(Registrations.newcomer(home, name, residentId)));
    }

    private static ProfessionalFilter named(String prefix) {
        return new ProfessionalFilter(prefix, null, null, null, null, null, null, null, null);
    }

    private static ProfessionalExportRequest request(ProfessionalFilter filter, String sort, boolean ascending,
                                                     ReportFormat format) {
        return new ProfessionalExportRequest(filter, sort, ascending, format, Locale.SIMPLIFIED_CHINESE);
    }

    private byte[] export(Identity who, ProfessionalExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = who.call(() -> exports.export(request, out));
        assertTrue(rows >= 0);
        return out.toByteArray();
    }

    private static List<List<String>> read(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? "#" + (long) cell.getNumericCellValue() : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /**
     * The PDF's text. PDFBox is a client-side test library; in the container OpenPDF, which the
     * EAR ships for JasperReports, reads it back.
     */
    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private List<AuditEntryView> exportsAuditedSince(String actor, OffsetDateTime since) throws Exception {
        return as.auditAdmin().call(() -> audit.search(new AuditCriteria(since, null, actor, AuditAction.EXPORT, null),
                PageRequest.first(50)).items());
    }

    @Test
    void theNanchangExportIsTheWholeListInItsOrderMaskedInChineseWithNumbersAsNumbers() throws Exception {
        ProfessionalFilter active = new ProfessionalFilter(null, null, null, null,
                org.unionworks.registry.model.ProfessionalStatus.ACTIVE, null, null, null, null);
        long count = as.nanchangOfficial().call(() -> professionals.count(active));
        List<String> firstPage = as.nanchangOfficial().call(() -> professionals.search(active,
                new PageRequest(0, 100, "joinedOn", false)).items()).stream().map(ProfessionalListItem::fullName)
                .toList();
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long exported = as.nanchangOfficial().call(() -> exports.export(request(active, "joinedOn", false,
                ReportFormat.XLSX), out));

        assertEquals(count, exported, "every matching row, not one page");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("专业人才名单", sheet.getSheetName());
            assertEquals(count + 1, sheet.getLastRowNum() + 1, "header plus one row per person");
            Row header = sheet.getRow(0);
            assertEquals(List.of("序号", "姓名", "身份证号码", "性别", "出生年份", "联系电话"), List.of(
                    header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(CellType.NUMERIC, row.getCell(0).getCellType(), "序号 numeric in row " + r);
                assertEquals(r, (long) row.getCell(0).getNumericCellValue());
                assertEquals(CellType.NUMERIC, row.getCell(4).getCellType(), "year of birth numeric in row " + r);
                String id = row.getCell(ID_COLUMN).getStringCellValue();
                assertTrue(id.matches(MASKED), "masked ID in row " + r + ": " + id.replaceAll("\\d", "9"));
                Cell phone = row.getCell(PHONE_COLUMN);
                assertTrue(phone == null || phone.getStringCellValue().contains("****"), "masked phone in row " + r);
                if (r <= firstPage.size()) {
                    assertEquals(firstPage.get(r - 1), row.getCell(1).getStringCellValue(), "list order at row " + r);
                }
            }
            assertTrue(List.of("在岗").containsAll(columnValues(sheet, 13)), "labels, not enum names");
        }
        List<AuditEntryView> audited = exportsAuditedSince("official", before);
        assertEquals(1, audited.size(), audited.toString());
        assertEquals("professionalListExported|XLSX|" + count, audited.get(0).detail());
        assertEquals("ProfessionalList", audited.get(0).objectType());
    }

    private static Set<String> columnValues(Sheet sheet, int column) {
        Set<String> values = new java.util.HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(column).getStringCellValue());
        }
        return values;
    }

    @Test
    void aNameThatLooksLikeAFormulaIsExportedAsInertText() throws Exception {
        String name = marker("=cmd|");
        register(as.nanchangOfficial(), name, freshResidentId("360102"));

        List<List<String>> rows = read(export(as.nanchangOfficial(), request(named(name), null, true,
                ReportFormat.XLSX)));

        assertEquals(2, rows.size(), rows.toString());
        assertEquals("'" + name, rows.get(1).get(1), "prefixed so no spreadsheet runs it");
    }

    @Test
    void jiujiangsExportHoldsNoneOfNanchangsPeopleAndCannotBeAimedAtNanchang() throws Exception {
        String name = marker("南昌导出");
        register(as.nanchangOfficial(), name, freshResidentId("360103"));
        long nanchangRoot = as.nanchangOfficial().call(orgUnits::scopeRoot).id();
        Set<String> jiujiangUnits = as.jiujiangOfficial().call(() -> orgUnits.list(OrgUnitFilter.NONE,
                new PageRequest(0, 500, null, true)).items()).stream().map(u -> u.name()).collect(Collectors.toSet());
        long jiujiangCount = as.jiujiangOfficial().call(() -> professionals.count(ProfessionalFilter.NONE));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long exported = as.jiujiangOfficial().call(() -> exports.export(request(ProfessionalFilter.NONE, "orgUnitName",
                true, ReportFormat.XLSX), out));
        List<List<String>> rows = read(out.toByteArray());

        assertEquals(jiujiangCount, exported);
        assertEquals(jiujiangCount + 1, rows.size());
        assertTrue(rows.stream().skip(1).noneMatch(r -> r.get(1).equals(name)), "no 南昌 person in 九江's export");
        assertTrue(rows.stream().skip(1).allMatch(r -> jiujiangUnits.contains(r.get(6))),
                "every row belongs to a 九江 unit");
        assertTrue(read(export(as.jiujiangOfficial(), request(named(name), null, true, ReportFormat.XLSX))).size() == 1,
                "searching 九江's export for the 南昌 name finds only the header");
        assertThrows(NotFoundException.class, () -> as.jiujiangOfficial().call(() -> exports.export(request(
                new ProfessionalFilter(null, null, nanchangRoot, null, null, null, null, null, null), null, true,
                ReportFormat.XLSX), new ByteArrayOutputStream())));

        String someoneInJiujiang = rows.get(1).get(1);
        byte[] pdf = export(as.jiujiangOfficial(), request(named(someoneInJiujiang), null, true, ReportFormat.PDF));
        String text = pdfText(pdf);
        assertTrue(text.contains("专业人才名单") && text.contains("九江市总工会"), "Chinese filing of 九江");
        assertTrue(text.contains(someoneInJiujiang), text);
        assertFalse(text.contains(name));
    }

    @Test
    void fullValuesNeedThePersonalDataRoleAPurposeAndAreAuditedWithTheRowCount() throws Exception {
        String name = marker("全值导出");
        String residentId = freshResidentId("360104");
        register(as.nanchangOfficial(), name, residentId);
        ProfessionalExportRequest xlsx = request(named(name), null, true, ReportFormat.XLSX);
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        assertThrows(EJBAccessException.class, () -> as.nanchangOfficial().call(() -> exports.exportWithFullValues(
                xlsx, RevealReason.CERTIFICATION_FILING, new ByteArrayOutputStream())));

        // the demo account behind both identities holds the role: its plain export is still masked
        List<List<String>> masked = read(export(as.nanchangOfficial(), xlsx));
        assertTrue(masked.get(1).get(ID_COLUMN).matches(MASKED), "masked by default, even for the role");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long exported = as.nanchangPersonalData().call(() -> exports.exportWithFullValues(xlsx,
                RevealReason.CERTIFICATION_FILING, out));
        List<List<String>> full = read(out.toByteArray());
        assertEquals(1, exported);
        assertEquals(residentId, full.get(1).get(ID_COLUMN));
        assertTrue(full.get(1).get(ID_COLUMN).matches(FULL));
        assertEquals("13912345678", full.get(1).get(PHONE_COLUMN));

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        as.nanchangPersonalData().call(() -> exports.exportWithFullValues(request(named(name), null, true,
                ReportFormat.PDF), RevealReason.CONTACT_PERSON, pdf));
        String text = pdfText(pdf.toByteArray());
        assertTrue(text.contains(residentId), "full ID in the PDF");
        assertTrue(text.contains("含完整身份证号码和联系电话"), "and the warning that it is there");

        List<String> details = exportsAuditedSince("official", before).stream().map(AuditEntryView::detail).toList();
        assertTrue(details.contains("professionalListExported|XLSX|1"), details.toString());
        assertTrue(details.contains("professionalListExportedFull|XLSX|1|#revealReason.CERTIFICATION_FILING"),
                details.toString());
        assertTrue(details.contains("professionalListExportedFull|PDF|1|#revealReason.CONTACT_PERSON"),
                details.toString());
        assertTrue(details.stream().noneMatch(d -> d.contains(residentId) || d.contains(name)),
                "no personal data in the audit trail");
    }
}
