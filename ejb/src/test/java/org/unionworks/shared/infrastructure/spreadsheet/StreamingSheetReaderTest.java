package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.unionworks.shared.infrastructure.spreadsheet.MinimalWorkbook.row;
import static org.unionworks.shared.infrastructure.spreadsheet.MinimalWorkbook.text;
import static org.unionworks.shared.infrastructure.spreadsheet.Rejections.assertRejected;
import static org.unionworks.shared.infrastructure.spreadsheet.Zips.utf8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingSheetReaderTest {

    private static final List<String> NAME_GENDER = List.of("姓名", "性别");
    private static final String DATE_STYLES = """
            <numFmts count="0"/><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>\
            <borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>""";

    @TempDir
    Path dir;

    private final StreamingSheetReader reader = new StreamingSheetReader(1000);

    // --- cell values

    @Test
    void cellsArriveAsTheTextAnImporterParses() throws IOException {
        List<String> header =
                List.of("姓名", "手机号", "出生日期", "入会时间", "时长", "比例", "在职", "合计", "单位");
        Path file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("名册");
            writeRow(sheet.createRow(0), header.toArray());
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(" 张三\u3000\u00A0");
            row.createCell(1).setCellValue(13800138000d);
            date(row.createCell(2), LocalDate.of(1990, 1, 1), workbook, "yyyy\"年\"m\"月\"d\"日\"");
            date(row.createCell(3), LocalDateTime.of(2024, 3, 1, 8, 30), workbook, "yyyy/m/d h:mm");
            formatted(row.createCell(4), 3.5, workbook, "0.00");
            formatted(row.createCell(5), 0.155, workbook, "0.0%");
            row.createCell(6).setCellValue(true);
            row.createCell(7).setCellFormula("B2*0+1+1");
            row.createCell(8).setCellFormula("CONCATENATE(\"某市\",\"总工会\")");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        List<SheetRow> rows = readAll(file, header);

        assertEquals(List.of(new SheetRow(2, List.of("张三", "13800138000", "1990-01-01", "2024-03-01 08:30:00",
                "3.5", "0.155", "TRUE", "2", "某市总工会"))), rows);
    }

    @Test
    void numbersAreWrittenOutPlainWithExcelsFifteenDigits() {
        assertEquals("100000000000000000000", PlainValueFormatter.plain(1e20));
        assertEquals("0.3", PlainValueFormatter.plain(0.1 + 0.2));
        assertEquals("-12.5", PlainValueFormatter.plain(-12.50));
        assertEquals("123456789012346000", PlainValueFormatter.plain(123456789012345678d));
        assertEquals("0.000001", PlainValueFormatter.plain(0.000001));
        assertEquals("0", PlainValueFormatter.plain(-0.0));
        assertEquals("42", PlainValueFormatter.plain(42));
    }

    @Test
    void aTimeWithoutDateIsATime() throws IOException {
        Path file = xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("名册");
            writeRow(sheet.createRow(0), "签到时间");
            formatted(sheet.createRow(1).createCell(0), 0.5, workbook, "h:mm");
        });
        assertEquals(List.of("12:00:00"), readAll(file, List.of("签到时间")).get(0).cells());
    }

    @Test
    void datesFollowTheWorkbooksDateSystem() throws IOException {
        String rows = row(1, "入会日期") + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>43830</v></c></row>";
        Path mac = new MinimalWorkbook().date1904().styles(DATE_STYLES).sheetData(rows).writeTo(dir.resolve("mac.xlsx"));
        Path windows = new MinimalWorkbook().styles(DATE_STYLES).sheetData(rows).writeTo(dir.resolve("win.xlsx"));

        assertEquals("2024-01-01", readAll(mac, List.of("入会日期")).get(0).cell(0));
        assertEquals("2019-12-31", readAll(windows, List.of("入会日期")).get(0).cell(0));
    }

    @Test
    void sharedStringsJoinRichTextRunsAndLeaveOutPhoneticRuns() throws IOException {
        Path file = new MinimalWorkbook()
                .sharedStrings("<si><t>姓名</t></si><si><r><t>李</t></r><r><rPr><b/></rPr><t>四</t></r></si>"
                        + "<si><t>山田</t><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si>"
                        + "<si><t xml:space=\"preserve\">一_x000D_二</t></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row>"
                        + "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>")
                .writeTo(dir.resolve("strings.xlsx"));

        List<String> names = readAll(file, List.of("姓名")).stream().map(row -> row.cell(0)).toList();

        assertEquals(List.of("李四", "山田", "一\r二"), names);
    }

    @Test
    void cellsAndRowsWithoutReferencesFollowTheirPredecessors() throws IOException {
        String unreferenced = "<c t=\"inlineStr\"><is><t>%s</t></is></c>";
        Path file = new MinimalWorkbook().sheetData("<row>" + unreferenced.formatted("姓名")
                        + unreferenced.formatted("性别") + "</row><row>" + unreferenced.formatted("张三")
                        + unreferenced.formatted("男") + "</row><row r=\"5\">" + text("A5", "李四")
                        + unreferenced.formatted("女") + "</row>")
                .writeTo(dir.resolve("unreferenced.xlsx"));

        assertEquals(List.of(new SheetRow(2, List.of("张三", "男")), new SheetRow(5, List.of("李四", "女"))),
                readAll(file, NAME_GENDER));
    }

    // --- rows

    @Test
    void blankRowsAreSkippedAndRowNumbersAreExcels() throws IOException {
        Path file = sheet(null, cells("", " "), cells("姓名", "性别", "民族"), cells("王五", null, "汉族"),
                cells("\u3000", ""), null, cells("赵六"));

        assertEquals(List.of(new SheetRow(4, List.of("王五", "", "汉族")), new SheetRow(7, List.of("赵六", "", ""))),
                readAll(file, List.of("姓名", "性别", "民族")));
    }

    @Test
    void cellsRightOfTheHeaderAreIgnored() throws IOException {
        Path file = sheet(cells("姓名", "性别"), cells("张三", "男", "备注写在表格外"));
        assertEquals(List.of(new SheetRow(2, List.of("张三", "男"))), readAll(file, NAME_GENDER));
    }

    @Test
    void theHandlerCanStopReading() throws IOException {
        Path file = roster(10);
        List<SheetRow> seen = new ArrayList<>();
        reader.read(file, NAME_GENDER, row -> {
            seen.add(row);
            return seen.size() < 2;
        });
        assertEquals(2, seen.size());
    }

    @Test
    void anExceptionOfTheHandlerReachesTheCallerUnchanged() throws IOException {
        Path file = roster(10);
        IllegalStateException failure = new IllegalStateException("database gone");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> reader.read(file, NAME_GENDER,
                row -> {
                    throw failure;
                }));
        assertSame(failure, thrown);
    }

    @Test
    void onlyTheConfiguredNumberOfRowsIsAccepted() throws IOException {
        StreamingSheetReader three = new StreamingSheetReader(3);
        List<SheetRow> seen = new ArrayList<>();
        three.read(roster(3), NAME_GENDER, seen::add);
        assertEquals(3, seen.size());

        seen.clear();
        Path four = roster(4);
        assertRejected("import.file.tooManyRows", new Object[] {3}, () -> three.read(four, NAME_GENDER, seen::add));
        assertEquals(3, seen.size(), "the fourth row is refused before it reaches the handler");
    }

    @Test
    void theFirstWorksheetIsTheFirstInWorkbookOrder() throws IOException {
        Path file = xlsx(workbook -> {
            Sheet created = workbook.createSheet("说明");
            writeRow(created.createRow(0), "请先阅读");
            Sheet data = workbook.createSheet("名册");
            writeRow(data.createRow(0), "姓名", "性别");
            writeRow(data.createRow(1), "张三", "男");
            workbook.setSheetOrder("名册", 0);
        });
        assertEquals(List.of(new SheetRow(2, List.of("张三", "男"))), readAll(file, NAME_GENDER));
    }

    // --- header

    @Test
    void aHeaderThatDiffersNamesColumnExpectedAndFound() throws IOException {
        Path file = roster(List.of("姓名", "姓别"), 1);
        assertRejected("import.file.wrongHeader", new Object[] {"B", "性别", "姓别"},
                () -> reader.read(file, NAME_GENDER, row -> true));
    }

    @Test
    void aMissingHeaderColumnIsFoundEmpty() throws IOException {
        Path file = roster(List.of("姓名"), 1);
        assertRejected("import.file.wrongHeader", new Object[] {"B", "性别", ""},
                () -> reader.read(file, NAME_GENDER, row -> true));
    }

    @Test
    void anExtraHeaderColumnIsNamed() throws IOException {
        Path file = roster(List.of("姓名", "性别", "", "备注"), 1);
        assertRejected("import.file.unexpectedColumn", new Object[] {"D", "备注"},
                () -> reader.read(file, NAME_GENDER, row -> true));
    }

    @Test
    void headerTitlesAreComparedTrimmed() throws IOException {
        Path file = roster(List.of(" 姓名\u3000", "性别 "), 1);
        assertEquals(1, readAll(file, List.of("姓名", " 性别")).size());
    }

    @Test
    void aSheetWithoutDataIsEmpty() throws IOException {
        Path nothing = new MinimalWorkbook().writeTo(dir.resolve("nothing.xlsx"));
        Path blank = new MinimalWorkbook().sheetData(row(1, " ", "") + row(3, "\u3000")).writeTo(dir.resolve("blank.xlsx"));
        Path headerOnly = roster(0);
        for (Path file : List.of(nothing, blank, headerOnly)) {
            assertRejected("import.file.emptySheet", () -> reader.read(file, NAME_GENDER, row -> true));
        }
    }

    // --- hostile or damaged content reaching the reader

    @Test
    void sharedStringsBeyondTheBudgetAreRefused() throws IOException {
        Path file = new MinimalWorkbook().sharedStrings("<si><t>单位名称很长很长</t></si>".repeat(100))
                .sheetData(row(1, "姓名", "性别")).writeTo(dir.resolve("strings.xlsx"));
        StreamingSheetReader small = new StreamingSheetReader(1000, 1000);
        assertRejected("import.file.tooMuchText", new Object[] {1L}, () -> small.read(file, NAME_GENDER, row -> true));
        StreamingSheetReader roomy = new StreamingSheetReader(1000, 10_000);
        assertRejected("import.file.emptySheet", () -> roomy.read(file, NAME_GENDER, row -> true));
    }

    @Test
    void aCellLongerThanExcelAllowsIsRefusedEvenInManyRuns() throws IOException {
        String runs = "<r><t>" + "x".repeat(10_000) + "</t></r>";
        Path inline = new MinimalWorkbook().sheetData(row(1, "姓名")
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + runs.repeat(7) + "</is></c></row>")
                .writeTo(dir.resolve("inline.xlsx"));
        Path shared = new MinimalWorkbook().sharedStrings("<si>" + runs.repeat(7) + "</si>")
                .sheetData(row(1, "姓名")).writeTo(dir.resolve("shared.xlsx"));
        for (Path file : List.of(inline, shared)) {
            assertRejected("import.file.corrupt", () -> reader.read(file, List.of("姓名"), row -> true));
        }
    }

    @Test
    void aSharedStringThatDoesNotExistIsCorrupt() throws IOException {
        Path file = new MinimalWorkbook().sharedStrings("<si><t>姓名</t></si>")
                .sheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>").writeTo(dir.resolve("index.xlsx"));
        assertRejected("import.file.corrupt", () -> reader.read(file, List.of("姓名"), row -> true));
    }

    @Test
    void aDoctypeIsRefusedByTheReaderItselfToo() throws IOException {
        Path file = new MinimalWorkbook().entry("xl/worksheets/sheet1.xml", utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY name \"张三\">]><worksheet xmlns=\""
                        + MinimalWorkbook.MAIN_NS + "\"><sheetData>" + row(1, "姓名") + row(2, "&name;")
                        + "</sheetData></worksheet>"))
                .writeTo(dir.resolve("doctype.xlsx"));
        assertRejected("import.file.corrupt", () -> reader.read(file, List.of("姓名"), row -> true));
    }

    @Test
    void aFileThatIsNoZipIsCorrupt() throws IOException {
        Path file = Files.write(dir.resolve("text.xlsx"), utf8("姓名,性别\n"));
        assertRejected("import.file.corrupt", () -> reader.read(file, NAME_GENDER, row -> true));
    }

    // --- helpers

    private List<SheetRow> readAll(Path file, List<String> header) {
        List<SheetRow> rows = new ArrayList<>();
        reader.read(file, header, rows::add);
        return rows;
    }

    private Path roster(int rows) throws IOException {
        return roster(NAME_GENDER, rows);
    }

    private Path roster(List<String> header, int rows) throws IOException {
        String[][] table = new String[rows + 1][];
        table[0] = header.toArray(String[]::new);
        for (int i = 1; i <= rows; i++) {
            table[i] = cells("社工" + i, i % 2 == 0 ? "女" : "男");
        }
        return sheet(table);
    }

    /** A sheet "名册" with these rows from row 0 on; a null row is left out, a null cell too. */
    private Path sheet(String[]... rows) throws IOException {
        return xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("名册");
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] != null) {
                    writeRow(sheet.createRow(i), (Object[]) rows[i]);
                }
            }
        });
    }

    private static String[] cells(String... values) {
        return values;
    }

    private Path xlsx(Consumer<XSSFWorkbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "roster", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static void writeRow(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    private static void date(Cell cell, Object value, XSSFWorkbook workbook, String format) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue((LocalDateTime) value);
        }
        cell.setCellStyle(style(workbook, format));
    }

    private static void formatted(Cell cell, double value, XSSFWorkbook workbook, String format) {
        cell.setCellValue(value);
        cell.setCellStyle(style(workbook, format));
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
