package org.unionworks.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionworks.registry.model.Professional;

/**
 * Where a professional stands, in one row: the highest valid certificate, its registration, the latest appointment.
 * It is derived: {@link #refresh} recomputes it from the records in the transaction that changes any of them, so the
 * lists, the labour departments' pull API and the dashboard can filter and count in SQL. A row stays when the last
 * certificate is revoked (with an empty level), so "changed since" reports that too.
 */
@Entity
@Table(name = "certification_standing")
public class CertificationStanding {

    private static final Comparator<Certificate> RANK = Comparator.comparing(Certificate::getLevel)
            .thenComparing(Certificate::getIssuedOn).thenComparing(Certificate::getId,
                    Comparator.nullsLast(Comparator.naturalOrder()));
    private static final Comparator<Appointment> LATEST = Comparator.comparing(Appointment::getAppointedOn)
            .thenComparing(Appointment::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    @Id
    @Column(name = "professional_id")
    private Long professionalId;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", insertable = false, updatable = false)
    private Professional professional;

    @Enumerated(EnumType.STRING)
    @Column(name = "cert_level", length = 16)
    private CertificateLevel level;

    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(name = "cert_number", length = 40)
    private String certificateNumber;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "first_registration_due")
    private LocalDate firstRegistrationDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_status", length = 24)
    private RegistrationStatus registrationStatus;

    @Column(name = "registered_from")
    private LocalDate registeredFrom;

    @Column(name = "registered_until")
    private LocalDate registeredUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level", length = 16)
    private TitleLevel titleLevel;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @Column(name = "appointment_ends")
    private LocalDate appointmentEnds;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected CertificationStanding() {
        // for JPA
    }

    public CertificationStanding(Professional professional) {
        this.professional = Objects.requireNonNull(professional, "professional");
        this.professionalId = Objects.requireNonNull(professional.getId(), "professional id");
    }

    /**
     * Recomputes the row from every certificate and appointment of the professional.
     *
     * @return whether anything changed (then {@code changedAt} moved)
     */
    public boolean refresh(List<Certificate> certificates, List<Appointment> appointments, RegistrationRules rules) {
        Optional<Certificate> highest = certificates.stream().filter(Certificate::isValid).max(RANK);
        Optional<Registration> current = highest.flatMap(Certificate::currentRegistration);
        Optional<Appointment> latest = appointments.stream().max(LATEST);

        CertificateLevel newLevel = highest.map(Certificate::getLevel).orElse(null);
        Long newCertificateId = highest.map(Certificate::getId).orElse(null);
        String newNumber = highest.map(Certificate::getNumber).orElse(null);
        LocalDate newIssuedOn = highest.map(Certificate::getIssuedOn).orElse(null);
        LocalDate newFirstDue = highest.filter(c -> current.isEmpty())
                .map(c -> rules.firstRegistrationDeadline(c.getIssuedOn())).orElse(null);
        RegistrationStatus newStatus = highest.map(c -> c.latestRegistration().map(Registration::getStatus)
                .orElse(RegistrationStatus.NOT_APPLIED)).orElse(null);
        LocalDate newFrom = current.map(Registration::getValidFrom).orElse(null);
        LocalDate newUntil = current.map(Registration::getValidUntil).orElse(null);
        TitleLevel newTitle = latest.map(Appointment::getLevel).orElse(null);
        LocalDate newAppointedOn = latest.map(Appointment::getAppointedOn).orElse(null);
        LocalDate newEnds = latest.map(Appointment::getEndsOn).orElse(null);

        boolean changed = changedAt == null || newLevel != level || !Objects.equals(newCertificateId, certificateId)
                || !Objects.equals(newFirstDue, firstRegistrationDue) || newStatus != registrationStatus
                || !Objects.equals(newFrom, registeredFrom) || !Objects.equals(newUntil, registeredUntil)
                || newTitle != titleLevel || !Objects.equals(newAppointedOn, appointedOn)
                || !Objects.equals(newEnds, appointmentEnds);
        if (changed) {
            level = newLevel;
            certificateId = newCertificateId;
            certificateNumber = newNumber;
            issuedOn = newIssuedOn;
            firstRegistrationDue = newFirstDue;
            registrationStatus = newStatus;
            registeredFrom = newFrom;
            registeredUntil = newUntil;
            titleLevel = newTitle;
            appointedOn = newAppointedOn;
            appointmentEnds = newEnds;
            changedAt = OffsetDateTime.now();
        }
        return changed;
    }

    /** How the latest appointment stands against the certificate on {@code date}, by the policy. */
    public TitleLinkage linkage(TitleEligibilityPolicy policy, LocalDate date) {
        return policy.assess(level, titleLevel, appointmentEnds, date);
    }

    public Long getProfessionalId() {
        return professionalId;
    }

    public Professional getProfessional() {
        return professional;
    }

    public CertificateLevel getLevel() {
        return level;
    }

    public Long getCertificateId() {
        return certificateId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getFirstRegistrationDue() {
        return firstRegistrationDue;
    }

    public RegistrationStatus getRegistrationStatus() {
        return registrationStatus;
    }

    public LocalDate getRegisteredFrom() {
        return registeredFrom;
    }

    public LocalDate getRegisteredUntil() {
        return registeredUntil;
    }

    public TitleLevel getTitleLevel() {
        return titleLevel;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public LocalDate getAppointmentEnds() {
        return appointmentEnds;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
