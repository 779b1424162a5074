package org.unionworks.registry.model;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;

/**
 * A professional in a post for a period (任职), with the employment mode of that period.
 * Created and closed by {@link Professional}; its start, post and organisation never change,
 * so "as of date D" reads it as it was.
 */
@Entity
@Table(name = "posting")
public class Posting {

    @Id
    @SequenceGenerator(name = "posting_seq", sequenceName = "posting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", nullable = false, updatable = false)
    private Professional professional;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id", nullable = false, updatable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false, updatable = false)
    private OrgUnit orgUnit;

    @Column(name = "tree_path", nullable = false, length = 1000, updatable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_field", nullable = false, length = 32, updatable = false)
    private ServiceField serviceField;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_mode", nullable = false, length = 24)
    private EmploymentMode employmentMode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employer_id")
    private SocialOrganization employer;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "start_reason", nullable = false, length = 24, updatable = false)
    private PostingReason startReason;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 24)
    private PostingReason endReason;

    @Column(name = "recorded_by", length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Posting() {
        // for JPA
    }

    Posting(Professional professional, Post post, Employment employment, LocalDate start, PostingReason reason,
            String by) {
        this.professional = professional;
        this.post = post;
        this.orgUnit = post.getOrgUnit();
        this.path = post.getPath();
        this.serviceField = post.getServiceField();
        this.employmentMode = employment.mode();
        this.employer = employment.employer();
        this.startDate = start;
        this.startReason = reason;
        this.recordedBy = by;
        this.recordedAt = OffsetDateTime.now();
    }

    void end(LocalDate end, PostingReason reason) {
        if (!isOpen()) {
            throw new DomainException("registry.posting.closed", "posting already ended");
        }
        if (end.isBefore(startDate)) {
            throw new DomainException("registry.posting.endBeforeStart", "posting would end before it started",
                    startDate);
        }
        this.endDate = end;
        this.endReason = Objects.requireNonNull(reason, "reason");
    }

    void correctEmployment(Employment employment) {
        this.employmentMode = employment.mode();
        this.employer = employment.employer();
    }

    public boolean isOpen() {
        return endDate == null;
    }

    /** Half-open period: the end date is the first day in the next posting. */
    public boolean isActiveOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
    }

    public Long getId() {
        return id;
    }

    public Professional getProfessional() {
        return professional;
    }

    public Post getPost() {
        return post;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public ServiceField getServiceField() {
        return serviceField;
    }

    public EmploymentMode getEmploymentMode() {
        return employmentMode;
    }

    public SocialOrganization getEmployer() {
        return employer;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public PostingReason getStartReason() {
        return startReason;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public PostingReason getEndReason() {
        return endReason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Posting other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
