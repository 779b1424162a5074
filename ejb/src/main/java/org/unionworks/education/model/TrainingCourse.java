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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A course a provider runs for a union body (the organiser, whose subtree reads it): its hours per person, its topic,
 * the certificate level it is meant for (分层次培训, null for everyone) and its dates. Attendances of the course are
 * training activities on each person's record, at the hours they actually attended.
 */
@Entity
@Table(name = "training_course")
public class TrainingCourse {

    public static final int TITLE_MAX = 200;
    public static final int TOPIC_MAX = 100;
    /** Longest course: a full-time month, as for a single training record. */
    public static final CreditHours MAX_HOURS = CreditHours.of(240);
    /** Longest span from first to last day. */
    public static final int MAX_DAYS = 366;

    @Id
    @SequenceGenerator(name = "training_course_seq", sequenceName = "training_course_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_course_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private TrainingProvider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit organiser;

    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String path;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = TOPIC_MAX)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", length = 16)
    private CertificateLevel targetLevel;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal hours;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected TrainingCourse() {
        // for JPA
    }

    public TrainingCourse(TrainingProvider provider, OrgUnit organiser, String title, String topic,
                          CertificateLevel targetLevel, CreditHours hours, LocalDate startsOn, LocalDate endsOn,
                          String createdBy) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.organiser = Objects.requireNonNull(organiser, "organiser");
        this.path = organiser.getPath();
        this.title = Text.required(title, TITLE_MAX, "training.course.title.invalid");
        this.topic = Text.required(topic, TOPIC_MAX, "training.course.topic.invalid");
        this.targetLevel = targetLevel;
        if (hours == null || hours.compareTo(CreditHours.ZERO) <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new DomainException("training.course.hours.invalid", "course hours missing or implausible",
                    MAX_HOURS.value().toPlainString());
        }
        this.hours = hours.value();
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)
                || endsOn.isAfter(startsOn.plusDays(MAX_DAYS))) {
            throw new DomainException("training.course.dates.invalid", "course dates missing or out of order",
                    MAX_DAYS);
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    /** Whether the course is over on {@code today}, so that attendances may be recorded. */
    public boolean isOver(LocalDate today) {
        return !endsOn.isAfter(today);
    }

    public Long getId() {
        return id;
    }

    public TrainingProvider getProvider() {
        return provider;
    }

    public OrgUnit getOrganiser() {
        return organiser;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public CertificateLevel getTargetLevel() {
        return targetLevel;
    }

    public CreditHours getHours() {
        return CreditHours.of(hours);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingCourse other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return TrainingCourse.class.hashCode();
    }
}
