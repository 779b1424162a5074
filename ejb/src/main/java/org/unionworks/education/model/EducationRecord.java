package org.unionworks.education.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.registry.model.Professional;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A continuing-education activity on a professional's record, as the employer records it (人社部令第25号: type,
 * content, hours, result). What it is worth toward a cycle is the {@link CycleCompliancePolicy}'s business.
 */
@Entity
@Table(name = "education_activity")
public class EducationRecord {

    /** Longest single training a record may carry: a full-time month. */
    private static final CreditHours MAX_TRAINING_HOURS = CreditHours.of(240);

    @Id
    @SequenceGenerator(name = "education_activity_seq", sequenceName = "education_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_activity_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", nullable = false, updatable = false)
    private Professional professional;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ActivityKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(length = 200, updatable = false)
    private String provider;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(precision = 5, scale = 1, updatable = false)
    private BigDecimal hours;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(name = "credit_rule", length = 64, updatable = false)
    private String creditRule;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private TrainingCourse course;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected EducationRecord() {
        // for JPA
    }

    /**
     * @param hours      a training's actual hours (to the half hour); must be null for the other kinds
     * @param passed     a training's result; a degree, paper or coursework is recorded once obtained, so true
     * @param creditRule the provincial rule a paper or coursework is credited under; null for the other kinds
     */
    public EducationRecord(Professional professional, ActivityKind kind, String title, String provider,
                           LocalDate completedOn, CreditHours hours, boolean passed, String creditRule,
                           String createdBy) {
        this.professional = Objects.requireNonNull(professional, "professional");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Text.required(title, 200, "education.title.invalid");
        this.provider = Text.optional(provider, 200, "education.provider.invalid");
        if (completedOn == null || completedOn.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("education.completedOn.invalid", "completion date missing or in the future");
        }
        this.completedOn = completedOn;
        if (kind == ActivityKind.TRAINING) {
            if (hours == null || hours.compareTo(CreditHours.ZERO) <= 0 || hours.compareTo(MAX_TRAINING_HOURS) > 0) {
                throw new DomainException("education.hours.invalid", "training hours missing or implausible",
                        MAX_TRAINING_HOURS.value().toPlainString());
            }
            this.hours = hours.value();
            this.passed = passed;
        } else {
            if (hours != null) {
                throw new DomainException("education.hours.onlyTraining", "hours are only recorded for trainings");
            }
            this.passed = true;
        }
        String rule = Text.optional(creditRule, 64, "education.creditRule.invalid");
        boolean credited = kind == ActivityKind.PAPER || kind == ActivityKind.COURSEWORK;
        if (credited != (rule != null)) {
            throw new DomainException("education.creditRule.invalid", "credit rule only and always for papers",
                    64);
        }
        this.creditRule = rule;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    /**
     * Attendance of a course, at the hours actually attended (at most the course's), completed on the course's last
     * day: a training activity under the course's title and provider.
     */
    public static EducationRecord attended(Professional professional, TrainingCourse course, CreditHours hours,
                                           boolean passed, String createdBy) {
        if (hours != null && hours.compareTo(course.getHours()) > 0) {
            throw new DomainException("training.attendance.hoursAboveCourse", "more hours than the course has",
                    course.getHours().value().toPlainString());
        }
        EducationRecord record = new EducationRecord(professional, ActivityKind.TRAINING, course.getTitle(),
                course.getProvider().getName(), course.getEndsOn(), hours, passed, null, createdBy);
        record.course = course;
        return record;
    }

    /** Whether this is a training with exactly these hours and result. */
    public boolean isAttendance(CreditHours attendedHours, boolean attendedPassed) {
        return kind == ActivityKind.TRAINING && hours != null && attendedHours != null
                && hours.compareTo(attendedHours.value()) == 0 && passed == attendedPassed;
    }

    /** The course this training was an attendance of; null for activities recorded on their own. */
    public TrainingCourse getCourse() {
        return course;
    }

    /** The activity as the compliance rule reads it. */
    public EducationActivity toActivity() {
        return new EducationActivity(id == null ? 0 : id, kind, completedOn, hours == null ? null : CreditHours.of(hours),
                passed, creditRule);
    }

    public Long getId() {
        return id;
    }

    public Professional getProfessional() {
        return professional;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getProvider() {
        return provider;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public CreditHours getHours() {
        return hours == null ? null : CreditHours.of(hours);
    }

    public boolean isPassed() {
        return passed;
    }

    public String getCreditRule() {
        return creditRule;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
