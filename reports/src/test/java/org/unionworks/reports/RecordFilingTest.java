package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The three certification filings, rendered and read back: Chinese headings, row counts, numbers as numbers. */
class RecordFilingTest {

    private static final FilingHeader HEADER = new FilingHeader("南昌市总工会", LocalDate.of(2026, 12, 5),
            Locale.SIMPLIFIED_CHINESE);
    private static final Path SAMPLE_DIR = Path.of("target", "report-samples");
    private static final String MASKED_ID = "360***********123X";

    private static CertificationRosterRow rosterRow(int i) {
        return new CertificationRosterRow("李" + "明华芳军丽强".charAt(i % 6) + i, MASKED_ID, "西湖区朝阳街道总工会",
                "360103", i % 3 == 0 ? "社会工作师" : "助理社会工作师", "ZS2024" + String.format("%06d", i),
                LocalDate.of(2024, 6, 22), "已发证", LocalDate.of(2025, 3, 1), LocalDate.of(2028, 3, 1),
                i % 4 == 0 ? "中级" : null, i % 4 == 0 ? LocalDate.of(2025, 9, 1) : null);
    }

    @Test
    void theRosterListsEveryoneWithChineseHeadingsPageNumbersAndTheFilters() throws IOException {
        List<CertificationRosterRow> rows = IntStream.range(0, 95).mapToObj(RecordFilingTest::rosterRow).toList();
        byte[] pdf = render(RecordFiling.CERTIFICATION_ROSTER, Map.of(RecordFiling.PARAM_FILTERS, "证书等级：社会工作师"),
                rows.iterator(), ReportFormat.PDF, "certification-roster-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "95 rows span pages");
            assertEquals("持证社会工作者名册", document.getDocumentInformation().getTitle());
            String text = PdfChecks.text(document);
            for (String expected : List.of("持证社会工作者名册", "填报单位：南昌市总工会", "填报日期：2026年12月5日",
                    "筛选条件：证书等级：社会工作师", "证书等级", "证书编号", "登记有效期止", "聘任岗位等级", "第 1 页",
                    "共 " + pages + " 页", "共 95 人")) {
                assertTrue(text.contains(expected), expected + " missing in:\n" + text);
            }
            String line = PdfChecks.lineContaining(text, "ZS2024000004");
            assertTrue(line.contains(MASKED_ID) && line.contains("中级") && line.contains("2028-02-29"),
                    "the last day of the registration, not the exclusive end: " + line);
            assertEquals(95, text.lines().filter(l -> l.contains(MASKED_ID)).count(), "one line per person");
            PdfChecks.assertAllFontsEmbedded(document);
        }
    }

    @Test
    void theComplianceFilingSumsTheUnitsAndKeepsNumbersNumericInTheSpreadsheet() throws IOException {
        List<ComplianceRow> rows = List.of(
                new ComplianceRow("南昌市总工会", "360100", 10L, 7L, 3L, 1L, new BigDecimal("55.5"), new BigDecimal("70.0")),
                new ComplianceRow("东湖区总工会", "360102", 4L, 4L, 0L, 0L, BigDecimal.ZERO.setScale(1),
                        new BigDecimal("100.0")),
                new ComplianceRow("西湖区总工会", "360103", 6L, 2L, 4L, 2L, new BigDecimal("200.0"), new BigDecimal("33.3")));
        Map<String, Object> params = Map.of(RecordFiling.PARAM_DUE_SOON_DAYS, 90);

        byte[] pdf = render(RecordFiling.COMPLIANCE, params, rows.iterator(), ReportFormat.PDF, "ce-compliance-zh.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfChecks.text(document);
            for (String expected : List.of("继续教育学时达标情况", "统计日期：2026年12月5日", "行政区划", "尚缺学时合计",
                    "达标率（%）", "合计（3 个组织）", "第 1 页")) {
                assertTrue(text.contains(expected), expected + " missing in:\n" + text);
            }
            String total = PdfChecks.lineContaining(text, "合计（");
            // 20 in a cycle, 13 compliant, 7 short, 3 due soon, 255.5 hours, 65.0 %
            assertTrue(total.matches(".*20\\s+13\\s+7\\s+3\\s+255\\.5\\s+65\\.0.*"), total);
            PdfChecks.assertAllFontsEmbedded(document);
        }

        byte[] xlsx = render(RecordFiling.COMPLIANCE, params, rows.iterator(), ReportFormat.XLSX, "ce-compliance-zh.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("继续教育学时达标情况", workbook.getSheetName(0));
            Row west = rowWith(sheet, "西湖区总工会");
            List<Double> numbers = new ArrayList<>();
            for (Cell cell : west) {
                if (cell.getCellType() == CellType.NUMERIC) {
                    numbers.add(cell.getNumericCellValue());
                }
            }
            assertEquals(List.of(3.0, 6.0, 2.0, 4.0, 2.0, 200.0, 33.3), numbers, "序号 and the figures as numbers");
            Cell code = cellWith(west, "360103");
            assertNotNull(code, "division codes stay text");
        }
    }

    @Test
    void theMismatchListHasASectionPerKindNumberedFromOneWithSubtotals() throws IOException {
        List<TitleMismatchRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(new TitleMismatchRow("取得证书未聘任", "王" + i, MASKED_ID, "青山湖区总工会", "社会工作师", "中级",
                    null, null, null));
        }
        for (int i = 0; i < 2; i++) {
            rows.add(new TitleMismatchRow("聘任高于证书对应等级", "赵" + i, MASKED_ID, "青山湖区总工会", "助理社会工作师",
                    "助理级", "中级", LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1)));
        }
        byte[] pdf = render(RecordFiling.TITLE_MISMATCHES, Map.of(), rows.iterator(), ReportFormat.PDF,
                "title-mismatches-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfChecks.text(document);
            for (String expected : List.of("评聘衔接不一致名单", "取得证书未聘任", "聘任高于证书对应等级", "可聘岗位等级",
                    "小计 5 人", "小计 2 人", "共 7 人", "聘任期满")) {
                assertTrue(text.contains(expected), expected + " missing in:\n" + text);
            }
            String second = PdfChecks.lineContaining(text, "赵1");
            assertTrue(second.trim().startsWith("2 "), "numbering restarts in each section: " + second);
            assertTrue(second.contains("2027-12-31"), "last day of the appointment: " + second);
            assertFalse(text.contains("null"));
        }
    }

    @Test
    void englishFilingsUseTheEnglishBundlesAndEveryComponentHasATitle() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordFiling.COMPLIANCE.render(new ReportRenderer(), new FilingHeader("Nanchang", LocalDate.of(2026, 12, 5),
                Locale.ENGLISH), Map.of(RecordFiling.PARAM_DUE_SOON_DAYS, 30), List.<ComplianceRow>of().iterator(),
                ReportFormat.PDF, out, () -> { });
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = PdfChecks.text(document);
            assertTrue(text.contains("Continuing education compliance") && text.contains("Total (0 organisations)"),
                    text);
            assertFalse(text.contains("达标"), text);
        }
        for (RecordFiling<?> filing : List.of(RecordFiling.CERTIFICATION_ROSTER, RecordFiling.COMPLIANCE,
                RecordFiling.TITLE_MISMATCHES)) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                List<String> titles = filing.columnTitles(locale);
                assertFalse(titles.stream().anyMatch(String::isBlank), filing + " " + locale);
                assertFalse(filing.title(locale).isBlank());
            }
        }
        assertEquals("持证社会工作者名册", RecordFiling.CERTIFICATION_ROSTER.title(Locale.CHINA));
    }

    private static <R extends Record> byte[] render(RecordFiling<R> filing, Map<String, ?> params, Iterator<R> rows,
                                                    ReportFormat format, String sample) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        filing.render(new ReportRenderer(), HEADER, params, rows, format, out, () -> { });
        Files.createDirectories(SAMPLE_DIR);
        Files.write(SAMPLE_DIR.resolve(sample), out.toByteArray());
        return out.toByteArray();
    }

    private static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (cellWith(row, text) != null) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text);
    }

    private static Cell cellWith(Row row, String text) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                return cell;
            }
        }
        return null;
    }
}
