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
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;

/**
 * A union body's continuing-education plan for one year and one certificate level (分层次培训; null for all
 * levels): how many people to train and how many hours each. What was delivered is counted from the courses the
 * body and its subtree organised that year for that level and the attendances passed.
 */
@Entity
@Table(name = "training_plan")
public class TrainingPlan {

    public static final int MAX_PEOPLE = 1_000_000;

    @Id
    @SequenceGenerator(name = "training_plan_seq", sequenceName = "training_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_plan_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String path;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", length = 16, updatable = false)
    private CertificateLevel targetLevel;

    @Column(name = "planned_people", nullable = false)
    private int plannedPeople;

    @Column(name = "planned_hours", nullable = false, precision = 5, scale = 1)
    private BigDecimal plannedHours;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected TrainingPlan() {
        // for JPA
    }

    public TrainingPlan(OrgUnit orgUnit, int year, CertificateLevel targetLevel, int plannedPeople,
                        CreditHours plannedHours, String by) {
        this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
        this.path = orgUnit.getPath();
        if (year < 2000 || year > 2100) {
            throw new DomainException("training.plan.year.invalid", "implausible plan year");
        }
        this.year = year;
        this.targetLevel = targetLevel;
        change(plannedPeople, plannedHours, by);
    }

    /** New targets for the same body, year and level. */
    public void change(int people, CreditHours hours, String by) {
        if (people <= 0 || people > MAX_PEOPLE) {
            throw new DomainException("training.plan.people.invalid", "planned people out of range", MAX_PEOPLE);
        }
        if (hours == null || hours.compareTo(CreditHours.ZERO) <= 0
                || hours.compareTo(TrainingCourse.MAX_HOURS) > 0) {
            throw new DomainException("training.plan.hours.invalid", "planned hours out of range",
                    TrainingCourse.MAX_HOURS.value().toPlainString());
        }
        this.plannedPeople = people;
        this.plannedHours = hours.value();
        this.updatedBy = Objects.requireNonNull(by, "by");
        this.updatedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPath() {
        return path;
    }

    public int getYear() {
        return year;
    }

    public CertificateLevel getTargetLevel() {
        return targetLevel;
    }

    public int getPlannedPeople() {
        return plannedPeople;
    }

    public CreditHours getPlannedHours() {
        return CreditHours.of(plannedHours);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
