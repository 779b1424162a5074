package org.unionworks.registry.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.unionworks.imports.application.ImportTemplate;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;

/**
 * The roster workbook in the clerk's language: the data sheet (first, as importers read the first sheet) with
 * the column titles, text columns for numbers that must keep every digit and drop-down lists for every coded
 * column (the clerk's own units among them), then a sheet of instructions. The same layout opens the error report.
 */
final class RosterTemplate {

    /** Instruction lines: {@code roster.instructions.1} … up to the first missing number. */
    private static final String INSTRUCTIONS_PREFIX = "roster.instructions.";
    private static final List<RosterColumn> COLUMNS = List.of(RosterColumn.values());

    private RosterTemplate() {
    }

    static List<String> titles(Locale locale) {
        return ImportTemplate.titles(locale, COLUMNS);
    }

    static int[] textColumns() {
        return ImportTemplate.textColumns(COLUMNS);
    }

    /**
     * Opens a writer on the data sheet with header, text columns and drop-downs for {@code rows} data rows;
     * the caller adds rows (a sample) and then {@link #finish}es.
     */
    static SpreadsheetWriter open(Locale locale, List<String> unitEntries, int rows) {
        ResourceBundle labels = Labels.bundle(locale);
        RosterVocabulary words = RosterVocabulary.of(locale);
        SpreadsheetWriter writer = new SpreadsheetWriter()
                .sheet(labels.getString("roster.sheet"))
                .textColumns(textColumns())
                .header(titles(locale));
        dropDown(writer, RosterColumn.EDUCATION, rows,
                words.labels(RosterVocabulary.educationChoices(), e -> e.labelKey()));
        dropDown(writer, RosterColumn.SOCIAL_WORK_MAJOR, rows,
                List.of(labels.getString("roster.yes"), labels.getString("roster.no")));
        dropDown(writer, RosterColumn.POLITICAL_STATUS, rows,
                words.labels(List.of(PoliticalStatus.values()), PoliticalStatus::labelKey));
        dropDown(writer, RosterColumn.CATEGORY, rows,
                words.labels(List.of(ProfessionalCategory.values()), ProfessionalCategory::labelKey));
        dropDown(writer, RosterColumn.EMPLOYMENT_MODE, rows,
                words.labels(List.of(EmploymentMode.values()), EmploymentMode::labelKey));
        if (!unitEntries.isEmpty()) {
            dropDown(writer, RosterColumn.ORG_UNIT, rows, unitEntries);
        }
        dropDown(writer, RosterColumn.SERVICE_FIELD, rows,
                words.labels(List.of(ServiceField.values()), ServiceField::labelKey));
        dropDown(writer, RosterColumn.POST_GRADE, rows, words.labels(List.of(PostGrade.values()), PostGrade::labelKey));
        return writer;
    }

    /** Adds the instructions sheet (general lines, then one line per column) and writes the workbook. */
    static void finish(SpreadsheetWriter writer, Locale locale, int maxRows, int maxFileMegabytes, OutputStream out)
            throws IOException {
        ImportTemplate.finish(writer, locale, INSTRUCTIONS_PREFIX, COLUMNS, maxRows, maxFileMegabytes, out);
    }

    private static void dropDown(SpreadsheetWriter writer, RosterColumn column, int rows, List<String> values) {
        writer.dropDown(column.index(), 1, rows, values);
    }
}
