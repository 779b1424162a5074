package org.unionworks.education.application;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.EducationRepository;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.education.model.TrainingRepository;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.application.RowCells;
import org.unionworks.registry.application.NamedProfessional;
import org.unionworks.registry.application.PersonalDataSealer;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * One pass over a provider's attendance sheet. A row names a registered professional (ID number and matching name)
 * and a course of the caller's area that is over, with the hours the person actually attended and whether they
 * passed. The pair course–person is the key: an attendance on record with the same hours and result is unchanged
 * (the same sheet twice records nobody twice); with other figures it is refused, never overwritten. New
 * attendances become training activities on the person's record and count toward their cycle at once.
 */
final class AttendancePass extends ImportPass<AttendancePass.Pending> {

    static final int NAME_MAX = 50;
    private static final Pattern WITH_ID = Pattern.compile("^(.*?)\\s*#(\\d{1,18})$");

    /** A course the sheet may name: ended (or ending) courses of the caller's area. */
    record Course(long id, String title, CreditHours hours, LocalDate endsOn) {
        static String entry(TrainingCourse c) {
            return c.getTitle() + " #" + c.getId();
        }
    }

    record Services(PersonalDataSealer sealer, ProfessionalRepository professionals, TrainingRepository training,
                    EducationRepository records, AuditTrail audit) {
    }

    record Pending(SheetRow sheetRow, String fullName, String residentIdIndex, Course course, CreditHours hours,
                   boolean passed) implements ImportPass.Pending {
    }

    private final Services services;
    private final Function<Long, Course> courses;
    private final Map<Long, Course> known = new HashMap<>();
    private final Set<Long> locked = new HashSet<>();
    private final Function<String, Boolean> yesNo;
    private final LocalDate today;
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, Professional> people = Map.of();
    private Map<Long, Set<Long>> attended = Map.of();

    /** @param courses finds a course of the caller's area by id, or null */
    AttendancePass(Setup setup, Services services, Function<Long, Course> courses, Function<String, Boolean> yesNo,
                   LocalDate today) {
        super(setup);
        this.services = services;
        this.courses = courses;
        this.yesNo = yesNo;
        this.today = today;
    }

    @Override
    protected Pending parse(SheetRow sheetRow) {
        RowCells cells = new RowCells(sheetRow, AttendanceColumn.values().length);
        String name = cells.text(AttendanceColumn.FULL_NAME, NAME_MAX);
        ResidentId id = cells.value(AttendanceColumn.RESIDENT_ID, raw -> ResidentId.parse(raw, today));
        Course course = cells.value(AttendanceColumn.COURSE, this::course);
        CreditHours hours = cells.value(AttendanceColumn.HOURS, AttendancePass::hours);
        Boolean passed = cells.choice(AttendanceColumn.PASSED, yesNo);
        if (course != null && hours != null && hours.compareTo(course.hours()) > 0) {
            cells.issue(AttendanceColumn.HOURS, "training.attendance.hoursAboveCourse",
                    course.hours().value().toPlainString());
        }
        String index = id == null ? null : services.sealer().index(id);
        if (index != null && course != null && cells.valid()) {
            Integer first = seen.putIfAbsent(course.id() + "/" + index, sheetRow.rowNumber());
            if (first != null) {
                cells.issue(AttendanceColumn.RESIDENT_ID, "attendanceImport.twiceInFile", first);
            }
        }
        if (!cells.valid()) {
            error(sheetRow, cells.issues());
            return null;
        }
        return new Pending(sheetRow, name, index, course, hours, passed);
    }

    private Course course(String cell) {
        Matcher m = WITH_ID.matcher(cell.strip());
        Course course = m.matches() ? known.computeIfAbsent(Long.parseLong(m.group(2)), courses) : null;
        // the drop-down entry is "title #id"; a title typed before the number must be that course's
        if (course == null || !m.group(1).isBlank() && !m.group(1).strip().equals(course.title())) {
            throw new DomainException("attendanceImport.courseUnknown", "no such course in the scope");
        }
        if (course.endsOn().isAfter(today)) {
            throw new DomainException("attendanceImport.courseNotOver", "course not over yet", course.endsOn());
        }
        return course;
    }

    private static CreditHours hours(String cell) {
        try {
            CreditHours hours = CreditHours.of(new BigDecimal(cell.strip()));
            if (hours.compareTo(CreditHours.ZERO) <= 0) {
                throw new DomainException("attendanceImport.hours", "no hours");
            }
            return hours;
        } catch (IllegalArgumentException e) {
            throw new DomainException("attendanceImport.hours", "not hours");
        }
    }

    @Override
    protected void prepare(List<Pending> rows) {
        if (committing()) {
            // two commits of attendance for one course take turns, so neither misses the other's records
            rows.stream().map(r -> r.course().id()).filter(locked::add).sorted().forEach(id ->
                    em().find(TrainingCourse.class, id, LockModeType.PESSIMISTIC_WRITE));
        }
        people = services.professionals().findByResidentIdIndexes(rows.stream().map(Pending::residentIdIndex)
                .distinct().toList()).stream()
                .collect(Collectors.toMap(Professional::getResidentIdIndex, Function.identity()));
        Map<Long, Set<Long>> byCourse = new HashMap<>();
        Map<Long, List<Long>> asked = rows.stream().filter(r -> people.containsKey(r.residentIdIndex()))
                .collect(Collectors.groupingBy(r -> r.course().id(),
                        Collectors.mapping(r -> people.get(r.residentIdIndex()).getId(), Collectors.toList())));
        asked.forEach((course, ids) -> byCourse.put(course, new HashSet<>(services.training().attendees(course, ids))));
        attended = byCourse;
    }

    @Override
    protected Outcome apply(Pending row) {
        Professional person = NamedProfessional.require(people.get(row.residentIdIndex()), setup.scope(),
                row.fullName());
        if (attended.getOrDefault(row.course().id(), Set.of()).contains(person.getId())) {
            EducationRecord onRecord = services.training().attendance(row.course().id(), person.getId());
            if (onRecord.isAttendance(row.hours(), row.passed())) {
                return Outcome.UNCHANGED;
            }
            throw new DomainException("attendanceImport.differsFromRecord", "attendance on record with other figures",
                    onRecord.getHours().value().toPlainString(), onRecord.isPassed() ? 1 : 0);
        }
        TrainingCourse course = em().find(TrainingCourse.class, row.course().id());
        EducationRecord record = EducationRecord.attended(person, course, row.hours(), row.passed(), setup.username());
        if (committing()) {
            services.records().add(record);
            services.audit().record(AuditAction.EDUCATION_RECORDED, "Professional", person.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("attendanceImported", course.getTitle(),
                            row.hours().value().toPlainString(), jobId()));
        }
        return Outcome.NEW;
    }
}
