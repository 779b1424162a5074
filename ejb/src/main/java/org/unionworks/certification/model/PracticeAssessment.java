package org.unionworks.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.registry.model.Professional;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A result of the union's practice ability assessment (工会社会工作实务能力考核, DOMAIN §3): a hiring reference, not a
 * qualification; it never makes anyone eligible for a title.
 */
@Entity
@Table(name = "practice_assessment")
public class PracticeAssessment {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    @Id
    @SequenceGenerator(name = "practice_assessment_seq", sequenceName = "practice_assessment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", nullable = false, updatable = false)
    private Professional professional;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(nullable = false, precision = 5, scale = 1, updatable = false)
    private BigDecimal score;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(nullable = false, length = 200, updatable = false)
    private String assessor;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected PracticeAssessment() {
        // for JPA
    }

    public PracticeAssessment(Professional professional, LocalDate assessedOn, BigDecimal score, boolean passed,
                              String assessor, String createdBy) {
        this.professional = Objects.requireNonNull(professional, "professional");
        if (assessedOn == null || assessedOn.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.assessment.date.invalid", "assessment date missing or future");
        }
        if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0 || score.scale() > 1
                && score.stripTrailingZeros().scale() > 1) {
            throw new DomainException("certification.assessment.score.invalid", "score outside 0..100 or too fine");
        }
        this.assessedOn = assessedOn;
        this.score = score.setScale(1, RoundingMode.UNNECESSARY);
        this.passed = passed;
        this.assessor = Text.required(assessor, 200, "certification.assessment.assessor.invalid");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Professional getProfessional() {
        return professional;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getAssessor() {
        return assessor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
