package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes roster exports and import templates as .xlsx without holding the rows in memory: SXSSF keeps a window of
 * {@value #ROW_WINDOW} rows per sheet and flushes older ones to compressed temporary files, which {@link #close()}
 * deletes. Texts are written inline rather than into a shared-strings table, which would keep every distinct text
 * in memory until the end.
 *
 * <p>Calls apply to the sheet opened last by {@link #sheet(String)}. Open the data sheet first: importers read the
 * first worksheet. Rows and columns are 0-based as in POI; row 0 is the header.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    private static final int ROW_WINDOW = 100;
    private static final String LIST_SHEET = "_lists";
    private static final String LIST_NAME_PREFIX = "_list_";
    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int INSTRUCTIONS_WIDTH_CHARS = 100;
    /**
     * First characters that make a spreadsheet treat typed-in text as a formula (OWASP, "CSV injection"), with the
     * full-width forms a Chinese input method produces, which Excel accepts as well.
     */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";
    private static final DateTimeFormatter DATE_TIME_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle instructionStyle;
    private final List<DataSheet> dataSheets = new ArrayList<>();
    private final Map<List<String>, String> listNames = new HashMap<>();
    private DataSheet current;
    private SXSSFSheet listSheet;
    private int listRows;

    public SpreadsheetWriter() {
        workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setBorderBottom(BorderStyle.THIN);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        headerStyle.setWrapText(true);
        textStyle = styleWithFormat("@");
        dateStyle = styleWithFormat("yyyy-mm-dd");
        dateTimeStyle = styleWithFormat("yyyy-mm-dd hh:mm:ss");
        instructionStyle = workbook.createCellStyle();
        instructionStyle.setWrapText(true);
        instructionStyle.setVerticalAlignment(VerticalAlignment.TOP);
        // instructions are our own texts: kept as text on editing without a visible apostrophe
        instructionStyle.setQuotePrefixed(true);
    }

    /** Opens a new sheet; the following calls write to it. */
    public SpreadsheetWriter sheet(String name) {
        WorkbookUtil.validateSheetName(name);
        current = new DataSheet(workbook.createSheet(name));
        dataSheets.add(current);
        return this;
    }

    /**
     * Declares columns of the current sheet as text (format "@"), before its rows are written: what the writer
     * puts there is written as text, and what a clerk types there later stays text, so ID numbers, phone numbers
     * and codes keep their leading zeros and all their digits.
     */
    public SpreadsheetWriter textColumns(int... columns) {
        DataSheet sheet = requireSheet();
        for (int column : columns) {
            checkColumn(column);
            sheet.textColumns.set(column);
            sheet.sheet.setDefaultColumnStyle(column, textStyle);
        }
        return this;
    }

    /** Writes the header as row 0: bold, frozen while scrolling, filterable once rows follow. */
    public SpreadsheetWriter header(List<String> titles) {
        DataSheet sheet = requireSheet();
        if (sheet.nextRow != 0) {
            throw new IllegalStateException("The header must be the first row of " + sheet.sheet.getSheetName());
        }
        Row row = sheet.sheet.createRow(sheet.nextRow++);
        for (int column = 0; column < titles.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(headerStyle);
            cell.setCellValue(neutralised(titles.get(column)));
            sheet.widen(column, titles.get(column));
        }
        sheet.sheet.createFreezePane(0, 1);
        sheet.headerWidth = titles.size();
        return this;
    }

    /**
     * Writes the next row. Numbers become numeric cells (as doubles: 15 significant digits; pass longer codes as
     * text), {@link LocalDate} and {@link LocalDateTime} date cells, booleans boolean cells, null a blank cell,
     * anything else text, neutralised against formula injection. In text columns everything is written as text.
     */
    public SpreadsheetWriter row(List<?> values) {
        DataSheet sheet = requireSheet();
        Row row = sheet.sheet.createRow(sheet.nextRow++);
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value != null) {
                checkColumn(column);
                write(sheet, row.createCell(column), column, value);
            }
        }
        return this;
    }

    private void write(DataSheet sheet, Cell cell, int column, Object value) {
        if (sheet.textColumns.get(column)) {
            String text = neutralised(asText(value));
            cell.setCellStyle(textStyle);
            cell.setCellValue(text);
            sheet.widen(column, text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            sheet.widen(column, asText(number));
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
            sheet.widen(column, "yyyy-mm-dd");
        } else if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(dateTimeStyle);
            sheet.widen(column, "yyyy-mm-dd hh:mm:ss");
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
            sheet.widen(column, "FALSE");
        } else {
            String text = neutralised(value.toString());
            cell.setCellValue(text);
            sheet.widen(column, text);
        }
    }

    /**
     * Adds a sheet of explanations (one line per row, wrapped) beside the data sheet; the data sheet stays the one
     * the following calls write to.
     */
    public SpreadsheetWriter instructions(String sheetName, List<String> lines) {
        WorkbookUtil.validateSheetName(sheetName);
        SXSSFSheet sheet = workbook.createSheet(sheetName);
        sheet.setColumnWidth(0, INSTRUCTIONS_WIDTH_CHARS * 256);
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellStyle(instructionStyle);
            cell.setCellValue(lines.get(i));
        }
        return this;
    }

    /**
     * Offers a choice of values in a column of the current sheet. The values go to a very hidden sheet, reached
     * through a defined name: a list typed into the validation itself is limited to 255 characters, which a list
     * of work units or districts exceeds at once. Equal lists share one range.
     */
    public SpreadsheetWriter dropDown(int column, int firstRow, int lastRow, List<String> values) {
        DataSheet sheet = requireSheet();
        checkColumn(column);
        if (values.isEmpty() || firstRow < 0 || lastRow < firstRow
                || lastRow >= SpreadsheetVersion.EXCEL2007.getMaxRows()) {
            throw new IllegalArgumentException("Drop-down needs values and rows " + firstRow + ".." + lastRow);
        }
        String name = listNames.computeIfAbsent(List.copyOf(values), this::writeList);
        DataValidationHelper helper = sheet.sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(name),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        // XSSF inverts this flag (OOXML's showDropDown="1" hides the arrow): true is what shows it
        validation.setSuppressDropDownArrow(true);
        sheet.sheet.addValidationData(validation);
        return this;
    }

    private String writeList(List<String> values) {
        if (listSheet == null) {
            listSheet = workbook.createSheet(LIST_SHEET);
            workbook.setSheetVisibility(workbook.getSheetIndex(listSheet), SheetVisibility.VERY_HIDDEN);
        }
        // one column, lists one below the other: SXSSF can only append rows
        int first = listRows;
        for (String value : values) {
            Cell cell = listSheet.createRow(listRows++).createCell(0);
            cell.setCellStyle(textStyle);
            cell.setCellValue(neutralised(value));
        }
        Name name = workbook.createName();
        name.setNameName(LIST_NAME_PREFIX + (listNames.size() + 1));
        name.setRefersToFormula("'" + LIST_SHEET + "'!$A$" + (first + 1) + ":$A$" + listRows);
        return name.getNameName();
    }

    /** Sets column widths and filters, then writes the workbook; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        for (DataSheet sheet : dataSheets) {
            sheet.finish();
        }
        if (workbook.getNumberOfSheets() > 0) {
            workbook.setActiveSheet(0);
        }
        workbook.write(out);
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prefixes an apostrophe to text a spreadsheet would take for a formula once the cell is edited or the sheet
     * is saved as CSV.
     */
    public static String neutralised(String text) {
        if (!text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String asText(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return PlainValueFormatter.plain(((Number) value).doubleValue());
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME_TEXT.format(dateTime);
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    private CellStyle styleWithFormat(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private DataSheet requireSheet() {
        if (current == null) {
            throw new IllegalStateException("Open a sheet first");
        }
        return current;
    }

    private static void checkColumn(int column) {
        Objects.checkIndex(column, SpreadsheetVersion.EXCEL2007.getMaxColumns());
    }

    /** A data sheet and what it must remember until the workbook is written. */
    private static final class DataSheet {

        private final SXSSFSheet sheet;
        private final BitSet textColumns = new BitSet();
        private int[] widths = new int[0];
        private int nextRow;
        private int headerWidth;

        DataSheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** Remembers the widest text of a column: SXSSF cannot measure rows it has flushed. */
        void widen(int column, String text) {
            if (column >= widths.length) {
                widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
            }
            widths[column] = Math.max(widths[column], displayWidth(text));
        }

        void finish() {
            for (int column = 0; column < widths.length; column++) {
                if (widths[column] > 0) {
                    int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[column] + 2));
                    sheet.setColumnWidth(column, chars * 256);
                }
            }
            if (headerWidth > 0 && nextRow > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, nextRow - 1, 0, headerWidth - 1));
            }
        }

        /** Column width units are the width of a digit; Chinese characters take two. */
        private static int displayWidth(String text) {
            return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
        }

        private static boolean isWide(int codePoint) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || codePoint >= 0x3000 && codePoint <= 0x303F || codePoint >= 0xFF00 && codePoint <= 0xFFEF;
        }
    }
}
