package org.unionworks.education.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.education.model.EducationRepository;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.education.model.TrainingRepository;
import org.unionworks.imports.application.ImportColumn;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.application.ImportSettings;
import org.unionworks.imports.application.ImportTemplate;
import org.unionworks.imports.application.SheetImport;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.application.RosterVocabulary;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.PersonalField;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;
import org.unionworks.shared.model.ChinaTime;

/**
 * A provider's attendance sheet as a workbook import (issue 4, item 5): who attended which course of the caller's
 * area, at how many hours, and whether they passed. The template lists the area's courses of the last
 * {@value #YEARS_BACK} years in a drop-down.
 */
@ApplicationScoped
public class AttendanceSheetImport implements SheetImport {

    static final int YEARS_BACK = 3;
    static final int MAX_COURSES = 2000;
    private static final String INSTRUCTIONS_PREFIX = "attendanceImport.instructions.";
    private static final List<AttendanceColumn> COLUMNS = List.of(AttendanceColumn.values());
    private static final String SAMPLE_DIVISION = "360102";

    @Inject
    ImportSettings settings;

    @Inject
    TrainingRepository training;

    @Inject
    EducationRepository records;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Override
    public ImportKind kind() {
        return ImportKind.ATTENDANCE;
    }

    @Override
    public List<? extends ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public PersonalField personalField(int column) {
        return column == AttendanceColumn.RESIDENT_ID.index() ? PersonalField.RESIDENT_ID : null;
    }

    @Override
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (SpreadsheetWriter writer = open(locale, courses(caller.scope()))) {
            finish(writer, locale, out);
        }
    }

    /**
     * Fictitious people (the sample carries nobody's real ID number) at the area's latest course, one of them with
     * more hours than the course has and one named twice: every row shows an error to learn from.
     */
    @Override
    public void writeSample(Locale locale, OutputStream out) throws IOException {
        ResourceBundle labels = Labels.bundle(locale);
        List<TrainingCourse> courses = courses(caller.scope());
        String course = courses.isEmpty() ? labels.getString("attendanceImport.sample.noCourse")
                : AttendancePass.Course.entry(courses.get(0));
        String hours = courses.isEmpty() ? "24" : courses.get(0).getHours().value().toPlainString();
        SyntheticPeople people = new SyntheticPeople(System.nanoTime());
        try (SpreadsheetWriter writer = open(locale, courses)) {
            SyntheticPerson twice = null;
            for (int i = 0; i < 3; i++) {
                SyntheticPerson person = people.next(SAMPLE_DIVISION);
                twice = twice == null ? person : twice;
                writer.row(List.of(person.name(), person.residentId(), course, hours,
                        labels.getString(i == 2 ? "roster.no" : "roster.yes")));
            }
            SyntheticPerson tooMany = people.next(SAMPLE_DIVISION);
            writer.row(List.of(tooMany.name(), tooMany.residentId(), course, "999", labels.getString("roster.yes")));
            writer.row(List.of(twice.name(), twice.residentId(), course, hours, labels.getString("roster.yes")));
            finish(writer, locale, out);
        }
    }

    private List<TrainingCourse> courses(OrgScope scope) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        return training.coursesEnded(scope, today.minusYears(YEARS_BACK), today, MAX_COURSES);
    }

    private SpreadsheetWriter open(Locale locale, List<TrainingCourse> courses) {
        ResourceBundle labels = Labels.bundle(locale);
        SpreadsheetWriter writer = new SpreadsheetWriter()
                .sheet(labels.getString("attendanceImport.sheet"))
                .textColumns(textColumns())
                .header(titles(locale));
        if (!courses.isEmpty()) {
            writer.dropDown(AttendanceColumn.COURSE.index(), 1, settings.maxRows(),
                    courses.stream().map(AttendancePass.Course::entry).toList());
        }
        writer.dropDown(AttendanceColumn.PASSED.index(), 1, settings.maxRows(),
                List.of(labels.getString("roster.yes"), labels.getString("roster.no")));
        return writer;
    }

    private void finish(SpreadsheetWriter writer, Locale locale, OutputStream out) throws IOException {
        ImportTemplate.finish(writer, locale, INSTRUCTIONS_PREFIX, COLUMNS, settings.maxRows(),
                settings.maxFileMegabytes(), out);
    }

    @Override
    public ImportPass<?> open(ImportPass.Setup setup) {
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        // each course the sheet names is looked up once, by id, within the caller's area
        Function<Long, AttendancePass.Course> courses = id -> training.course(setup.scope(), id)
                .map(c -> new AttendancePass.Course(c.getId(), c.getTitle(), c.getHours(), c.getEndsOn()))
                .orElse(null);
        RosterVocabulary words = RosterVocabulary.of(setup.job().getLocale());
        return new AttendancePass(setup, new AttendancePass.Services(sealer, professionals, training, records, audit),
                courses, words::yesNo, today);
    }
}
