package org.unionworks.registry.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.RowIssue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * Turns the cells of one roster row into a {@link RosterRow}, or says everything that is wrong with it at once
 * (a clerk fixes a row once, not once per error). Checks what the cells alone can tell, with the value objects'
 * own rules (GB 11643 IDs, GB 32100 codes, phone numbers); rules that need the database (duplicates, the record
 * already there) are the pass's.
 */
public final class RosterRowParser {

    /** Name and major limits of the professional record. */
    static final int NAME_MAX = 50;
    static final int MAJOR_MAX = 100;
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");

    /** A row read: the values if every cell was fine, else the issues. */
    public record Parsed(RosterRow row, List<RowIssue> issues) {
        public boolean valid() {
            return issues.isEmpty();
        }
    }

    private final RosterVocabulary vocabulary;
    private final RosterDirectory directory;
    private final LocalDate today;

    public RosterRowParser(RosterVocabulary vocabulary, RosterDirectory directory, LocalDate today) {
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.today = today;
    }

    public Parsed parse(SheetRow sheetRow) {
        Cells cells = new Cells(sheetRow);
        String fullName = cells.text(RosterColumn.FULL_NAME, NAME_MAX);
        ResidentId residentId = cells.value(RosterColumn.RESIDENT_ID, raw -> ResidentId.parse(raw, today));
        PhoneNumber phone = cells.value(RosterColumn.PHONE, PhoneNumber::parse);
        EducationLevel education = cells.choice(RosterColumn.EDUCATION, vocabulary::education);
        String major = cells.text(RosterColumn.MAJOR, MAJOR_MAX);
        Boolean socialWorkMajor = cells.choice(RosterColumn.SOCIAL_WORK_MAJOR, vocabulary::yesNo);
        PoliticalStatus politicalStatus = cells.choice(RosterColumn.POLITICAL_STATUS, vocabulary::politicalStatus);
        ProfessionalCategory category = cells.choice(RosterColumn.CATEGORY, vocabulary::category);
        EmploymentMode mode = cells.choice(RosterColumn.EMPLOYMENT_MODE, vocabulary::employmentMode);
        CreditCode employerCode = cells.value(RosterColumn.EMPLOYER_CREDIT_CODE, CreditCode::parse);
        Long employerId = employer(cells, mode, employerCode);
        Long unitId = unit(cells);
        LocalDate joinedOn = cells.value(RosterColumn.JOINED_ON, RosterRowParser::date);
        ServiceField field = cells.choice(RosterColumn.SERVICE_FIELD, vocabulary::serviceField);
        PostGrade grade = cells.choice(RosterColumn.POST_GRADE, vocabulary::postGrade);
        if (cells.present(RosterColumn.SERVICE_FIELD) != cells.present(RosterColumn.POST_GRADE)) {
            cells.issue(cells.present(RosterColumn.SERVICE_FIELD) ? RosterColumn.POST_GRADE : RosterColumn.SERVICE_FIELD,
                    "import.row.postIncomplete");
        }
        if (!cells.issues.isEmpty()) {
            return new Parsed(null, List.copyOf(cells.issues));
        }
        return new Parsed(new RosterRow(sheetRow.rowNumber(), fullName, residentId, phone, education, major,
                socialWorkMajor, politicalStatus, category, mode, employerId, unitId, joinedOn,
                field, grade), List.of());
    }

    private Long employer(Cells cells, EmploymentMode mode, CreditCode code) {
        if (mode == null || cells.failed(RosterColumn.EMPLOYER_CREDIT_CODE)) {
            return null;
        }
        if (mode.requiresEmployer() && code == null) {
            cells.issue(RosterColumn.EMPLOYER_CREDIT_CODE, "registry.employment.employerRequired");
            return null;
        }
        if (!mode.requiresEmployer() && code != null) {
            cells.issue(RosterColumn.EMPLOYER_CREDIT_CODE, "registry.employment.employerNotAllowed");
            return null;
        }
        if (code == null) {
            return null;
        }
        Long id = directory.employer(code);
        if (id == null) {
            cells.issue(RosterColumn.EMPLOYER_CREDIT_CODE, "import.row.employerUnknown");
        }
        return id;
    }

    private Long unit(Cells cells) {
        String cell = cells.raw(RosterColumn.ORG_UNIT);
        if (cell.isEmpty()) {
            cells.issue(RosterColumn.ORG_UNIT, "import.row.required");
            return null;
        }
        RosterDirectory.UnitMatch match = directory.unit(cell);
        if (match.ambiguous()) {
            cells.issue(RosterColumn.ORG_UNIT, "import.row.unitAmbiguous");
        } else if (match.id() == null) {
            cells.issue(RosterColumn.ORG_UNIT, "import.row.unitUnknown");
        }
        return match.id();
    }

    /** Dates as Excel gives them (yyyy-MM-dd) and as people type them: 2024/3/1, 2024.3.1, 2024年3月1日, 20240301. */
    static LocalDate date(String raw) {
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

    /** The cells of one row and the issues found in them so far. */
    private static final class Cells {
        private final SheetRow row;
        private final List<RowIssue> issues = new ArrayList<>(2);
        private final boolean[] failed = new boolean[RosterColumn.values().length];

        Cells(SheetRow row) {
            this.row = row;
        }

        String raw(RosterColumn column) {
            return row.cell(column.index()).strip();
        }

        boolean present(RosterColumn column) {
            return !raw(column).isEmpty();
        }

        boolean failed(RosterColumn column) {
            return failed[column.index()];
        }

        void issue(RosterColumn column, String key, Object... args) {
            failed[column.index()] = true;
            issues.add(RowIssue.of(column.index(), key, args));
        }

        /** Null when blank (an issue if the column is required). */
        private boolean missing(RosterColumn column) {
            if (present(column)) {
                return false;
            }
            if (column.required()) {
                issue(column, "import.row.required");
            }
            return true;
        }

        String text(RosterColumn column, int max) {
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

        <T> T value(RosterColumn column, Function<String, T> parser) {
            if (missing(column)) {
                return null;
            }
            try {
                return parser.apply(raw(column));
            } catch (DomainException e) {
                failed[column.index()] = true;
                issues.add(new RowIssue(column.index(), e.messageKey(),
                        java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList()));
                return null;
            }
        }

        <T> T choice(RosterColumn column, Function<String, T> vocabulary) {
            if (missing(column)) {
                return null;
            }
            T value = vocabulary.apply(raw(column));
            if (value == null) {
                issue(column, "import.row.unknownValue");
            }
            return value;
        }
    }
}
