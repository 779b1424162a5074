package org.unionworks.certification.model;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.DomainException;

/**
 * One registration of a certificate (证书登记) as it goes through the national system's review: filed pending,
 * first and final review, completed (the period it covers begins), issued. A renewal cannot be approved at any step
 * while the continuing education of the cycle it closes is short (DOMAIN §3: re-registration requires the cycle's
 * continuing education); it can still be failed.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @SequenceGenerator(name = "registration_seq", sequenceName = "registration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registration_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false, updatable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RegistrationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RegistrationStatus status;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    Registration(Certificate certificate, RegistrationKind kind, LocalDate appliedOn, String by) {
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.appliedOn = Objects.requireNonNull(appliedOn, "appliedOn");
        this.status = RegistrationStatus.PENDING;
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = OffsetDateTime.now();
        this.changedBy = by;
        this.changedAt = createdAt;
    }

    /**
     * Records the review's next step, decided on {@code on}. Completing starts the period the registration covers.
     *
     * @param hoursShort what the closing cycle's continuing education lacks (zero when complete); read only for a
     *                   renewal's approvals
     */
    public void advance(RegistrationStatus to, LocalDate on, RegistrationRules rules, CreditHours hoursShort,
                        String by) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(hoursShort, "hoursShort");
        if (!status.canMoveTo(to)) {
            throw new DomainException("certification.registration.step", "step not allowed from " + status,
                    "#" + status.labelKey(), "#" + to.labelKey());
        }
        if (on == null || on.isBefore(appliedOn) || on.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.registration.decidedOn.invalid",
                    "decision before the application or in the future");
        }
        if (!certificate.isValid() && to.isApproval()) {
            throw new DomainException("certification.revoked", "a revoked certificate cannot be registered",
                    certificate.getNumber());
        }
        if (kind == RegistrationKind.RENEWAL && to.isApproval() && hoursShort.compareTo(CreditHours.ZERO) > 0) {
            throw new DomainException("certification.renewal.hoursShort", "continuing education short",
                    hoursShort.value().toPlainString());
        }
        if (to == RegistrationStatus.COMPLETED) {
            this.validFrom = certificate.periodStartFor(this, on);
            this.validUntil = rules.expiresOn(validFrom);
        }
        this.status = to;
        this.changedBy = Objects.requireNonNull(by, "by");
        this.changedAt = OffsetDateTime.now();
    }

    /** Filed and neither registered nor failed: still under review. */
    public boolean isOpen() {
        return status == RegistrationStatus.PENDING || status == RegistrationStatus.FIRST_REVIEW_PASSED
                || status == RegistrationStatus.FINAL_REVIEW_PASSED;
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public RegistrationKind getKind() {
        return kind;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
