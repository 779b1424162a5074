package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetWriterTest {

    @TempDir
    Path dir;

    @Test
    void valuesBecomeCellsOfTheirType() throws IOException {
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册")
                .header(List.of("人数", "金额", "工时", "出生日期", "提交时间", "在职", "备注", "姓名"))
                .row(Arrays.asList(12, new BigDecimal("1234.50"), 7.25, LocalDate.of(1990, 5, 17),
                        LocalDateTime.of(2024, 3, 1, 8, 30, 15), true, null, "张三")))) {
            XSSFRow row = workbook.getSheet("名册").getRow(1);

            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(12, row.getCell(0).getNumericCellValue());
            assertEquals(1234.5, row.getCell(1).getNumericCellValue());
            assertEquals(7.25, row.getCell(2).getNumericCellValue());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(3)));
            assertEquals(LocalDate.of(1990, 5, 17), row.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", row.getCell(3).getCellStyle().getDataFormatString());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(4)));
            assertEquals(LocalDateTime.of(2024, 3, 1, 8, 30, 15), row.getCell(4).getLocalDateTimeCellValue());
            assertEquals(CellType.BOOLEAN, row.getCell(5).getCellType());
            assertTrue(row.getCell(5).getBooleanCellValue());
            assertNull(row.getCell(6));
            assertEquals(CellType.STRING, row.getCell(7).getCellType());
            assertEquals("张三", row.getCell(7).getStringCellValue());
        }
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+86 138 0013 8000", "-5",
                "@SUM(A1:A2)", "\tcmd", "\rcmd", "＝1+1");
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册").header(List.of("=标题"))
                .row(hostile).row(List.of("a=b", "", "13800138000")))) {
            XSSFSheet sheet = workbook.getSheet("名册");
            assertEquals("'=标题", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int column = 0; column < hostile.size(); column++) {
                XSSFCell cell = sheet.getRow(1).getCell(column);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals("'" + hostile.get(column), cell.getStringCellValue());
            }
            assertEquals("a=b", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("13800138000", sheet.getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void textColumnsKeepIdNumbersAsText() throws IOException {
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册").textColumns(1, 2)
                .header(List.of("姓名", "身份证号", "手机号", "年龄"))
                .row(List.of("张三", "110101199001011234", 13800138000L, 34))
                .row(List.of("李四", "01234", 0.5, 35)))) {
            XSSFSheet sheet = workbook.getSheet("名册");
            XSSFCell id = sheet.getRow(1).getCell(1);
            assertEquals(CellType.STRING, id.getCellType());
            assertEquals("110101199001011234", id.getStringCellValue());
            assertEquals("@", id.getCellStyle().getDataFormatString());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(2).getCellType());
            assertEquals("13800138000", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals("01234", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals("0.5", sheet.getRow(2).getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(3).getCellType());
            assertEquals("@", sheet.getColumnStyle(1).getDataFormatString(), "rows typed in later are text too");
            assertEquals("@", sheet.getColumnStyle(2).getDataFormatString());
            assertFalse("@".equals(sheet.getColumnStyle(3).getDataFormatString()));
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndFilteredWithWidthsForChineseText() throws IOException {
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册")
                .header(List.of("工作单位名称", "code", "x"))
                .row(List.of("中华全国总工会", "abcdefghijklmn", "y"))
                .row(List.of("某市总工会", "a", "z")))) {
            XSSFSheet sheet = workbook.getSheet("名册");
            assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals("A1:C3", sheet.getCTWorksheet().getAutoFilter().getRef());
            // seven Chinese characters are as wide as fourteen letters
            assertEquals(sheet.getColumnWidth(1), sheet.getColumnWidth(0));
            assertEquals(16 * 256, sheet.getColumnWidth(0));
            assertEquals(8 * 256, sheet.getColumnWidth(2), "narrow columns keep a minimum width");
        }
    }

    @Test
    void aTemplateWithoutRowsHasNoFilter() throws IOException {
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册").header(List.of("姓名")))) {
            assertFalse(workbook.getSheet("名册").getCTWorksheet().isSetAutoFilter());
        }
    }

    @Test
    void instructionsGetTheirOwnSheetBehindTheData() throws IOException {
        List<String> lines = List.of("填写说明", "- 身份证号请填写 18 位", "= 不要修改表头");
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册").header(List.of("姓名"))
                .instructions("填写说明", lines).row(List.of("张三")))) {
            assertEquals("名册", workbook.getSheetName(0));
            assertEquals(0, workbook.getActiveSheetIndex());
            assertEquals("张三", workbook.getSheet("名册").getRow(1).getCell(0).getStringCellValue());
            XSSFSheet instructions = workbook.getSheet("填写说明");
            for (int i = 0; i < lines.size(); i++) {
                XSSFCell cell = instructions.getRow(i).getCell(0);
                assertEquals(lines.get(i), cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getWrapText());
                assertTrue(cell.getCellStyle().getQuotePrefixed());
            }
        }
    }

    @Test
    void dropDownsOfThousandsOfValuesComeFromAHiddenListSheet() throws IOException {
        List<String> units = IntStream.rangeClosed(1, 3000).mapToObj(i -> "第" + i + "基层工会联合会").toList();
        List<String> genders = List.of("男", "女");
        try (XSSFWorkbook workbook = written(writer -> writer.sheet("名册")
                .header(List.of("姓名", "性别", "单位", "原单位"))
                .dropDown(1, 1, 5000, genders).dropDown(2, 1, 5000, units).dropDown(3, 1, 5000, units))) {
            XSSFSheet lists = workbook.getSheet("_lists");
            assertNotNull(lists);
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(lists)));
            assertEquals(0, workbook.getSheetIndex("名册"));

            List<XSSFDataValidation> validations = workbook.getSheet("名册").getDataValidations();
            assertEquals(3, validations.size());
            XSSFDataValidation unit = validation(validations, 2);
            assertEquals(DataValidationConstraint.ValidationType.LIST, unit.getValidationConstraint().getValidationType());
            assertEquals(new CellRangeAddress(1, 5000, 2, 2), unit.getRegions().getCellRangeAddress(0));
            assertEquals(DataValidation.ErrorStyle.STOP, unit.getErrorStyle());
            assertTrue(unit.getShowErrorBox());
            assertTrue(Arrays.stream(workbook.getSheet("名册").getCTWorksheet().getDataValidations()
                    .getDataValidationArray()).noneMatch(CTDataValidation::getShowDropDown),
                    "OOXML showDropDown=1 would hide the arrow");

            Name unitList = workbook.getName(unit.getValidationConstraint().getFormula1());
            assertNotNull(unitList, "the validation refers to a defined name");
            assertEquals("'_lists'!$A$3:$A$3002", unitList.getRefersToFormula());
            assertEquals(units.get(0), lists.getRow(2).getCell(0).getStringCellValue());
            assertEquals(units.get(2999), lists.getRow(3001).getCell(0).getStringCellValue());
            assertEquals(unit.getValidationConstraint().getFormula1(),
                    validation(validations, 3).getValidationConstraint().getFormula1(), "equal lists share one range");
            Name genderList = workbook.getName(validation(validations, 1).getValidationConstraint().getFormula1());
            assertEquals("'_lists'!$A$1:$A$2", genderList.getRefersToFormula());
        }
    }

    @Test
    void closingDeletesTheTemporaryFiles() throws IOException {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Set<Path> before = filesIn(poiFiles);
        Set<Path> created;
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet("名册").header(List.of("姓名"));
            for (int i = 0; i < 500; i++) {
                writer.row(List.of("社工" + i));
            }
            created = filesIn(poiFiles);
            created.removeAll(before);
            assertFalse(created.isEmpty(), "rows beyond the window went to a temporary file");
        }
        Set<Path> left = filesIn(poiFiles);
        left.retainAll(created);
        assertEquals(Set.of(), left);
    }

    @Test
    void callsNeedASheetAndTheHeaderComesFirst() {
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            assertThrows(IllegalStateException.class, () -> writer.row(List.of("张三")));
            writer.sheet("名册").row(List.of("张三"));
            assertThrows(IllegalStateException.class, () -> writer.header(List.of("姓名")));
            assertThrows(IllegalArgumentException.class, () -> writer.sheet("名册/2024"));
        }
    }

    private XSSFWorkbook written(Consumer<SpreadsheetWriter> content) throws IOException {
        Path file = Files.createTempFile(dir, "written", ".xlsx");
        try (SpreadsheetWriter writer = new SpreadsheetWriter(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(writer);
            writer.write(out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static XSSFDataValidation validation(List<XSSFDataValidation> validations, int column) {
        return validations.stream()
                .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow();
    }

    private static Set<Path> filesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new HashSet<>(files.toList());
        }
    }
}
