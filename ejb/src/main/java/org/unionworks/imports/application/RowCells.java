package org.unionworks.imports.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * The cells of one uploaded row and everything found wrong with them so far, so a parser can check every cell and
 * report all of a row's problems at once (a clerk fixes a row once, not once per error). Values come back null
 * when blank or wrong; a blank required cell is an issue.
 */
public final class RowCells {

    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^\\d{4}(?:\\.0+)?$");

    private final SheetRow row;
    private final List<RowIssue> issues = new ArrayList<>(2);
    private final boolean[] failed;

    public RowCells(SheetRow row, int columns) {
        this.row = row;
        this.failed = new boolean[columns];
    }

    public List<RowIssue> issues() {
        return List.copyOf(issues);
    }

    public boolean valid() {
        return issues.isEmpty();
    }

    public String raw(ImportColumn column) {
        return row.cell(column.index()).strip();
    }

    public boolean present(ImportColumn column) {
        return !raw(column).isEmpty();
    }

    public boolean failed(ImportColumn column) {
        return failed[column.index()];
    }

    public void issue(ImportColumn column, String key, Object... args) {
        failed[column.index()] = true;
        issues.add(RowIssue.of(column.index(), key, args));
    }

    /** Blank (an issue if the column is required). */
    private boolean missing(ImportColumn column) {
        if (present(column)) {
            return false;
        }
        if (column.required()) {
            issue(column, "import.row.required");
        }
        return true;
    }

    public String text(ImportColumn column, int max) {
        if (missing(column)) {
            return null;
        }
        String value = raw(column);
        if (value.length() > max) {
            issue(column, "import.row.tooLong", max);
            return null;
        }
        return value;
    }

    /** A value by a parser whose {@link DomainException} is the cell's issue. */
    public <T> T value(ImportColumn column, Function<String, T> parser) {
        if (missing(column)) {
            return null;
        }
        try {
            return parser.apply(raw(column));
        } catch (DomainException e) {
            failed[column.index()] = true;
            issues.add(new RowIssue(column.index(), e.messageKey(),
                    Arrays.stream(e.arguments()).map(String::valueOf).toList()));
            return null;
        }
    }

    /** A value from a vocabulary (a drop-down's labels, codes); null from the vocabulary means unknown. */
    public <T> T choice(ImportColumn column, Function<String, T> vocabulary) {
        if (missing(column)) {
            return null;
        }
        T value = vocabulary.apply(raw(column));
        if (value == null) {
            issue(column, "import.row.unknownValue");
        }
        return value;
    }

    /** Dates as Excel gives them (yyyy-MM-dd) and as people type them: 2024/3/1, 2024.3.1, 2024年3月1日, 20240301. */
    public static LocalDate date(String raw) {
        Matcher m = DATE.matcher(raw.strip());
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(raw.strip());
            if (!m.matches()) {
                throw new DomainException("import.row.date", "not a date");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DomainException("import.row.date", "not a date");
        }
    }

    /** A four-digit year, as typed or as Excel writes a number (2019 or 2019.0). */
    public static int year(String raw) {
        String value = raw.strip();
        if (!YEAR.matcher(value).matches()) {
            throw new DomainException("import.row.year", "not a year");
        }
        return Integer.parseInt(value.substring(0, 4));
    }
}
