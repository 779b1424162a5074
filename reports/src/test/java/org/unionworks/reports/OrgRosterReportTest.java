package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OrgRosterReportTest {

    private static final LocalDate FILING_DATE = LocalDate.of(2026, 3, 15);
    // kept under target/ so a person can open what the assertions looked at
    private static final Path SAMPLE_DIR = Path.of("target", "report-samples");

    private final List<OrgRosterRow> roster = OrgRosterFixture.nanchangRoster();

    @Test
    void chinesePdfHasTitleHeaderRowsPageNumbersAndOnlyEmbeddedFonts() throws IOException {
        byte[] pdf = render(Locale.SIMPLIFIED_CHINESE, ReportFormat.PDF, "org-roster-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "roster of " + roster.size() + " rows should span several pages, got " + pages);
            assertEquals("组织机构名册", document.getDocumentInformation().getTitle());

            String text = PdfChecks.text(document);
            assertTrue(text.contains("组织机构名册"), text);
            assertTrue(text.contains("填报单位：" + OrgRosterFixture.CITY_UNION), text);
            assertTrue(text.contains("填报日期：2026年3月15日"), text);
            assertTrue(text.contains("组织名称"), text);
            assertTrue(text.contains("第 1 页"), text);
            assertTrue(text.contains("第 " + pages + " 页"), text);
            assertTrue(text.contains("共 " + pages + " 页"), "total page count in the footer: " + text);
            assertTrue(text.contains("共 " + roster.size() + " 个组织"), text);
            assertFalse(text.contains("null"), "null values must print blank: " + text);

            String sampleLine = PdfChecks.lineContaining(text, OrgRosterFixture.SAMPLE_ORG);
            assertTrue(sampleLine.contains(OrgRosterFixture.SAMPLE_ORG_DIVISION_CODE), sampleLine);
            assertTrue(sampleLine.contains("12,345"), "digits must survive the CJK font: " + sampleLine);
            assertTrue(sampleLine.contains("东湖区总工会"), sampleLine);

            PdfChecks.assertAllFontsEmbedded(document);
        }
    }

    @Test
    void englishLocaleUsesEnglishBundle() throws IOException {
        byte[] pdf = render(Locale.ENGLISH, ReportFormat.PDF, "org-roster-en.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfChecks.text(document);
            assertTrue(text.contains("Organisation Roster"), text);
            assertTrue(text.contains("Filing date: 15 March 2026"), text);
            assertTrue(text.contains("Page 1"), text);
            assertTrue(text.contains("of " + document.getNumberOfPages()), text);
            assertFalse(text.contains("组织机构名册"), "Chinese labels leaked into the English report");
            // data is not translated
            assertTrue(text.contains(OrgRosterFixture.SAMPLE_ORG), text);
            PdfChecks.assertAllFontsEmbedded(document);
        }
    }

    @Test
    void xlsxHasTitleRowsAndNumericWorkerCounts() throws IOException {
        byte[] xlsx = render(Locale.SIMPLIFIED_CHINESE, ReportFormat.XLSX, "org-roster-zh.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1, workbook.getNumberOfSheets(), "one continuous sheet");
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("组织机构名册", sheet.getSheetName());

            List<String> strings = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    strings.add(cell.getStringCellValue());
                }
            }));
            assertTrue(strings.contains("组织机构名册"), strings.toString());
            assertEquals(1, strings.stream().filter("组织名称"::equals).count(), "column header once, not per page");
            assertTrue(strings.stream().noneMatch(s -> s.startsWith("第 ")), "page footers are left out of XLSX");

            Cell workersHeader = findCell(sheet, "覆盖职工数");
            Row sampleRow = findCell(sheet, OrgRosterFixture.SAMPLE_ORG).getRow();
            Cell workers = sampleRow.getCell(workersHeader.getColumnIndex());
            assertNotNull(workers, "no cell under 覆盖职工数 in the row of " + OrgRosterFixture.SAMPLE_ORG);
            assertEquals(CellType.NUMERIC, workers.getCellType());
            assertEquals(OrgRosterFixture.SAMPLE_ORG_WORKERS, workers.getNumericCellValue());

            Cell code = sampleRow.getCell(findCell(sheet, "行政区划代码").getColumnIndex());
            assertEquals(CellType.STRING, code.getCellType(), "division codes are text, not numbers");
            assertEquals(OrgRosterFixture.SAMPLE_ORG_DIVISION_CODE, code.getStringCellValue());
        }
    }

    private byte[] render(Locale locale, ReportFormat format, String sampleFileName) throws IOException {
        OrgRosterReport report = new OrgRosterReport(new ReportRenderer());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.render(new FilingHeader(OrgRosterFixture.CITY_UNION, FILING_DATE, locale), roster, format, out);
        Files.createDirectories(SAMPLE_DIR);
        Files.write(SAMPLE_DIR.resolve(sampleFileName), out.toByteArray());
        return out.toByteArray();
    }

    private static Cell findCell(Sheet sheet, String value) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell '" + value + "' in sheet " + sheet.getSheetName());
    }
}
