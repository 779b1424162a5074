package org.unionworks.registry.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.unionworks.reports.ProfessionalListReport;
import org.unionworks.reports.ProfessionalListRow;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;

/**
 * The professionals list as .xlsx, with the filing's column titles: a 序号 column, then one per
 * row value. Numbers and dates are numeric and date cells, texts are neutralised against formula
 * injection by {@link SpreadsheetWriter}, which also keeps only a window of rows in memory.
 */
final class ProfessionalListWorkbook {

    /** Rows after the header that fit one sheet; a longer list continues on the next sheet. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private ProfessionalListWorkbook() {
    }

    /**
     * Reads every row, runs {@code beforeWrite}, then writes the workbook to {@code out} (a
     * spreadsheet can only be written whole: until then the rows wait in SXSSF's temporary files).
     */
    static void write(Locale locale, Iterator<ProfessionalListRow> rows, OutputStream out, Runnable beforeWrite) {
        write(locale, rows, out, beforeWrite, ROWS_PER_SHEET);
    }

    static void write(Locale locale, Iterator<ProfessionalListRow> rows, OutputStream out, Runnable beforeWrite,
                      int rowsPerSheet) {
        String title = ProfessionalListReport.title(locale);
        List<String> titles = ProfessionalListReport.columnTitles(locale);
        try (SpreadsheetWriter workbook = new SpreadsheetWriter()) {
            workbook.sheet(title).header(titles);
            long sequence = 0;
            while (rows.hasNext()) {
                if (sequence > 0 && sequence % rowsPerSheet == 0) {
                    workbook.sheet(title + " (" + (sequence / rowsPerSheet + 1) + ")").header(titles);
                }
                List<Object> cells = new ArrayList<>(titles.size());
                cells.add(++sequence);
                cells.addAll(rows.next().cells());
                workbook.row(cells);
            }
            beforeWrite.run();
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
