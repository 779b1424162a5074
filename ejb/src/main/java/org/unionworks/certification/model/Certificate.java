package org.unionworks.certification.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.registry.model.Professional;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * A national social worker vocational level certificate (社会工作者职业水平证书) a professional holds, with its
 * registrations (证书登记). A professional can hold several over time; the highest valid one counts. The issue date
 * is taken as the day the level was passed: the first registration is due within a year of it.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    /** First national exam: 2008. */
    public static final int FIRST_EXAM_YEAR = 2008;
    // printed numbers mix digits, letters and a few separators; no spaces, nothing that needs escaping
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z\\-/()（）]{3,39}");

    @Id
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", nullable = false, updatable = false)
    private Professional professional;

    @Enumerated(EnumType.STRING)
    @Column(name = "cert_level", nullable = false, length = 16, updatable = false)
    private CertificateLevel level;

    @Column(name = "cert_number", nullable = false, length = 40, updatable = false)
    private String number;

    @Column(name = "exam_year", nullable = false)
    private int examYear;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issuing_authority", nullable = false, length = 100)
    private String issuingAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateSource source;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<Registration> registrations = new ArrayList<>();

    protected Certificate() {
        // for JPA
    }

    public Certificate(Professional professional, CertificateLevel level, String number, int examYear,
                       LocalDate issuedOn, String issuingAuthority, CertificateSource source, String createdBy) {
        this.professional = Objects.requireNonNull(professional, "professional");
        this.level = Objects.requireNonNull(level, "level");
        this.number = checkedNumber(number);
        this.source = Objects.requireNonNull(source, "source");
        this.issuingAuthority = Text.required(issuingAuthority, 100, "certification.authority.invalid");
        if (issuedOn == null || issuedOn.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.issuedOn.invalid", "issue date missing or in the future");
        }
        // the exam is held in the year of issue or, for results published early in a year, the one before
        if (examYear < FIRST_EXAM_YEAR || examYear > issuedOn.getYear() || examYear < issuedOn.getYear() - 1) {
            throw new DomainException("certification.examYear.invalid", "exam year does not fit the issue date",
                    FIRST_EXAM_YEAR, issuedOn.getYear());
        }
        this.examYear = examYear;
        this.issuedOn = issuedOn;
        this.status = CertificateStatus.VALID;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    /** A certificate number as printed, upper-cased; refused when it cannot be one. */
    public static String checkedNumber(String number) {
        String trimmed = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!NUMBER.matcher(trimmed).matches()) {
            throw new DomainException("certification.number.invalid", "not a certificate number");
        }
        return trimmed;
    }

    /** Withdrawn by the issuer: kept, never counted again. */
    public void revoke(LocalDate on) {
        if (status == CertificateStatus.REVOKED) {
            throw new DomainException("certification.alreadyRevoked", "certificate already revoked", number);
        }
        if (on == null || on.isBefore(issuedOn) || on.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.revokedOn.invalid", "revocation before issue or in the future");
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedOn = on;
    }

    /**
     * Files a registration (first, or renewal of the current period) on {@code appliedOn}: it starts pending. A
     * renewal may be filed in the window before expiry or, late, after it; never before the window opens. Only one
     * application may be open at a time.
     */
    public Registration apply(LocalDate appliedOn, RegistrationRules rules, String by) {
        Objects.requireNonNull(rules, "rules");
        if (status != CertificateStatus.VALID) {
            throw new DomainException("certification.revoked", "a revoked certificate cannot be registered", number);
        }
        if (appliedOn == null || appliedOn.isBefore(issuedOn) || appliedOn.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.appliedOn.invalid", "application before issue or in the future");
        }
        if (openApplication().isPresent()) {
            throw new DomainException("certification.registration.open", "an application is already open", number);
        }
        Optional<Registration> current = currentRegistration();
        RegistrationKind kind = current.isPresent() ? RegistrationKind.RENEWAL : RegistrationKind.FIRST;
        if (current.isPresent() && appliedOn.isBefore(rules.renewalOpensOn(current.get().getValidFrom()))) {
            throw new DomainException("certification.renewal.tooEarly", "renewal window not open yet",
                    rules.renewalOpensOn(current.get().getValidFrom()));
        }
        Registration registration = new Registration(this, kind, appliedOn, by);
        registrations.add(registration);
        return registration;
    }

    /** The registration being reviewed, if any: filed and neither registered nor failed. */
    public Optional<Registration> openApplication() {
        return registrations.stream().filter(Registration::isOpen).findFirst();
    }

    /** The latest registration that was completed: the period in force or the last one that lapsed. */
    public Optional<Registration> currentRegistration() {
        return registrations.stream().filter(r -> r.getStatus().isRegistered())
                .reduce((first, second) -> second);
    }

    /** The latest registration filed, whatever its status. */
    public Optional<Registration> latestRegistration() {
        return registrations.isEmpty() ? Optional.empty() : Optional.of(registrations.get(registrations.size() - 1));
    }

    /**
     * The period a registration completed on {@code on} covers: a first registration from that day; a renewal from
     * the end of the period it renews, or from that day when it lapsed before.
     */
    LocalDate periodStartFor(Registration registration, LocalDate on) {
        if (registration.getKind() == RegistrationKind.FIRST) {
            return on;
        }
        LocalDate previousEnd = registrations.stream().filter(r -> r != registration && r.getStatus().isRegistered())
                .map(Registration::getValidUntil).reduce((first, second) -> second).orElse(on);
        return previousEnd.isBefore(on) ? on : previousEnd;
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    public Long getId() {
        return id;
    }

    public Professional getProfessional() {
        return professional;
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public String getNumber() {
        return number;
    }

    public int getExamYear() {
        return examYear;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }

    public CertificateSource getSource() {
        return source;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<Registration> getRegistrations() {
        return Collections.unmodifiableList(registrations);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Certificate other && number != null && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }
}
