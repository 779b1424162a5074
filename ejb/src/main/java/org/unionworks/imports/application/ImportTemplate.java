package org.unionworks.imports.application;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;

/**
 * The parts every import template shares: column titles from the labels bundle and the instructions sheet —
 * the kind's general lines, then one line per column saying whether it is required and what it takes.
 */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static List<String> titles(Locale locale, List<? extends ImportColumn> columns) {
        ResourceBundle labels = Labels.bundle(locale);
        return columns.stream().map(c -> labels.getString(c.labelKey())).toList();
    }

    /** The columns (0-based) whose digits must stay text. */
    public static int[] textColumns(List<? extends ImportColumn> columns) {
        return columns.stream().filter(ImportColumn::text).mapToInt(ImportColumn::index).toArray();
    }

    /**
     * Adds the instructions sheet and writes the workbook. General lines are {@code <prefix>1}, {@code <prefix>2}
     * … up to the first missing number, formatted with the row and size limits ({0} rows, {1} MB).
     */
    public static void finish(SpreadsheetWriter writer, Locale locale, String instructionsPrefix,
                              List<? extends ImportColumn> columns,
                              int maxRows, int maxFileMegabytes, OutputStream out) throws IOException {
        ResourceBundle labels = Labels.bundle(locale);
        List<String> lines = new ArrayList<>();
        for (int n = 1; labels.containsKey(instructionsPrefix + n); n++) {
            lines.add(MessageFormat.format(labels.getString(instructionsPrefix + n), maxRows, maxFileMegabytes));
        }
        for (ImportColumn column : columns) {
            String required = labels.getString(column.required() ? "importSheet.required" : "importSheet.optional");
            lines.add(MessageFormat.format(labels.getString("importSheet.columnLine"),
                    labels.getString(column.labelKey()), required, labels.getString(column.hintKey())));
        }
        writer.instructions(labels.getString("importSheet.instructionsSheet"), lines);
        writer.write(out);
    }
}
