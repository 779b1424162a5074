package org.unionworks.registry.application;

import java.time.LocalDate;
import java.util.List;
import org.unionworks.imports.application.RowCells;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;

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
        RowCells cells = new RowCells(sheetRow, RosterColumn.values().length);
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
        if (!cells.valid()) {
            return new Parsed(null, cells.issues());
        }
        return new Parsed(new RosterRow(sheetRow.rowNumber(), fullName, residentId, phone, education, major,
                socialWorkMajor, politicalStatus, category, mode, employerId, unitId, joinedOn,
                field, grade), List.of());
    }

    private Long employer(RowCells cells, EmploymentMode mode, CreditCode code) {
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

    private Long unit(RowCells cells) {
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

    /** Dates as Excel gives them and as people type them (see {@link RowCells#date}). */
    static LocalDate date(String raw) {
        return RowCells.date(raw);
    }
}
