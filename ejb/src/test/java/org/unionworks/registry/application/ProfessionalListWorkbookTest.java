package org.unionworks.registry.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unionworks.reports.ProfessionalListRow;
import org.unionworks.shared.application.Labels;

class ProfessionalListWorkbookTest {

    private final ProfessionalListRows chinese = new ProfessionalListRows(Labels.bundle(Locale.SIMPLIFIED_CHINESE));

    @Test
    void headingsAreChineseNumbersAreNumericDatesAreDatesAndFormulasAreNeutralised() throws IOException {
        List<ProfessionalListRow> rows = List.of(chinese.masked(ExportFixtures.item(1, "李娜")),
                chinese.masked(ExportFixtures.item(2, ExportFixtures.FORMULA_NAME)),
                chinese.masked(ExportFixtures.bareItem(3, "王强")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] writtenBeforeHook = {-1};

        ProfessionalListWorkbook.write(Locale.SIMPLIFIED_CHINESE, rows.iterator(), out,
                () -> writtenBeforeHook[0] = out.size());

        assertEquals(0, writtenBeforeHook[0], "the hook runs before the workbook is written");
        try (XSSFWorkbook workbook = ExportFixtures.workbook(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("专业人才名单", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals("序号", header.getCell(0).getStringCellValue());
            assertEquals("姓名", header.getCell(1).getStringCellValue());
            assertEquals("身份证号码", header.getCell(2).getStringCellValue());
            assertEquals("离职日期", header.getCell(15).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum() + 1, "header and three rows");

            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType(), "序号 is a number");
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals(ExportFixtures.MASKED_ID, first.getCell(2).getStringCellValue());
            assertEquals("女", first.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(4).getCellType(), "year of birth is a number");
            assertEquals(1986.0, first.getCell(4).getNumericCellValue());
            assertEquals(ExportFixtures.MASKED_PHONE, first.getCell(5).getStringCellValue());
            assertEquals("工会购买服务", first.getCell(9).getStringCellValue());
            assertEquals("大学本科毕业", first.getCell(11).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(14)), "joined on is a date cell");
            assertEquals(LocalDate.of(2020, 5, 1), first.getCell(14).getLocalDateTimeCellValue().toLocalDate());

            Row formula = sheet.getRow(2);
            assertEquals(CellType.STRING, formula.getCell(1).getCellType(), "never a formula cell");
            assertEquals("'" + ExportFixtures.FORMULA_NAME, formula.getCell(1).getStringCellValue());

            Row bare = sheet.getRow(3);
            assertNull(bare.getCell(5), "no phone on record: blank, not 'null'");
            assertNull(bare.getCell(8), "no service field: blank");
            assertEquals("已离职", bare.getCell(13).getStringCellValue());
        }
    }

    @Test
    void englishHeadingsAndLabelsForAnEnglishReader() throws IOException {
        ProfessionalListRows english = new ProfessionalListRows(Labels.bundle(Locale.ENGLISH));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ProfessionalListWorkbook.write(Locale.ENGLISH, List.of(english.masked(ExportFixtures.item(1, "李娜")))
                .iterator(), out, () -> { });

        try (XSSFWorkbook workbook = ExportFixtures.workbook(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Professionals List", sheet.getSheetName());
            assertEquals("ID number", sheet.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Female", sheet.getRow(1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void aListLongerThanASheetContinuesOnTheNextSheetWithItsOwnHeader() throws IOException {
        List<ProfessionalListRow> rows = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> chinese.masked(ExportFixtures.item(i, "人员" + i))).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ProfessionalListWorkbook.write(Locale.SIMPLIFIED_CHINESE, rows.iterator(), out, () -> { }, 2);

        try (XSSFWorkbook workbook = ExportFixtures.workbook(out.toByteArray())) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("专业人才名单 (3)", workbook.getSheetAt(2).getSheetName());
            Sheet last = workbook.getSheetAt(2);
            assertEquals("序号", last.getRow(0).getCell(0).getStringCellValue());
            assertEquals(5.0, last.getRow(1).getCell(0).getNumericCellValue(), "numbering runs on across sheets");
            assertEquals("人员5", last.getRow(1).getCell(1).getStringCellValue());
        }
    }
}
