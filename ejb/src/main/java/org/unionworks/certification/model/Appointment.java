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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.registry.model.Professional;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.Text;

/**
 * An appointment (聘任) to a professional-technical post level: a dated act of the employer with its document
 * number. Acts are not edited; a new appointment supersedes the one before (the latest by date counts).
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @SequenceGenerator(name = "appointment_seq", sequenceName = "appointment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "professional_id", nullable = false, updatable = false)
    private Professional professional;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_level", nullable = false, length = 16, updatable = false)
    private TitleLevel level;

    @Column(nullable = false, length = 200, updatable = false)
    private String employer;

    @Column(name = "appointed_on", nullable = false, updatable = false)
    private LocalDate appointedOn;

    @Column(name = "ends_on", updatable = false)
    private LocalDate endsOn;

    @Column(name = "document_number", nullable = false, length = 60, updatable = false)
    private String documentNumber;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Appointment() {
        // for JPA
    }

    /** @param endsOn the day the appointment ends (exclusive), null when open-ended */
    public Appointment(Professional professional, TitleLevel level, String employer, LocalDate appointedOn,
                       LocalDate endsOn, String documentNumber, String createdBy) {
        this.professional = Objects.requireNonNull(professional, "professional");
        this.level = Objects.requireNonNull(level, "level");
        this.employer = Text.required(employer, 200, "certification.appointment.employer.invalid");
        this.documentNumber = Text.required(documentNumber, 60, "certification.appointment.document.invalid");
        if (appointedOn == null || appointedOn.isAfter(LocalDate.now(ChinaTime.ZONE))) {
            throw new DomainException("certification.appointment.date.invalid", "appointment date missing or future");
        }
        if (endsOn != null && !endsOn.isAfter(appointedOn)) {
            throw new DomainException("certification.appointment.endsOn.invalid", "ends before it starts");
        }
        this.appointedOn = appointedOn;
        this.endsOn = endsOn;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public Professional getProfessional() {
        return professional;
    }

    public TitleLevel getLevel() {
        return level;
    }

    public String getEmployer() {
        return employer;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
