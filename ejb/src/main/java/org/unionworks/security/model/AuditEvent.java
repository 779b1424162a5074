package org.unionworks.security.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One row of the append-only audit trail. Every column is {@code updatable=false} and the
 * class has no mutators: the application has no way to rewrite history (PostgreSQL and
 * Oracle additionally refuse UPDATE and DELETE by trigger). The detail text names objects
 * by id and never carries personal data values.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(updatable = false, length = 64)
    private String actor;

    @Column(name = "actor_org_id", updatable = false)
    private Long actorOrgId;

    @Column(name = "client_ip", updatable = false, length = 45)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 48)
    private AuditAction action;

    @Column(name = "object_type", updatable = false, length = 48)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuditOutcome outcome;

    @Column(updatable = false, length = 500)
    private String detail;

    @Column(name = "correlation_id", updatable = false, length = 36)
    private String correlationId;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(OffsetDateTime occurredAt, String actor, Long actorOrgId, String clientIp, AuditAction action,
                      String objectType, String objectId, AuditOutcome outcome, String detail, String correlationId) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = truncate(actor, 64);
        this.actorOrgId = actorOrgId;
        this.clientIp = truncate(clientIp, 45);
        this.action = Objects.requireNonNull(action);
        this.objectType = truncate(objectType, 48);
        this.objectId = truncate(objectId, 64);
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = truncate(detail, 500);
        this.correlationId = truncate(correlationId, 36);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getActorOrgId() {
        return actorOrgId;
    }

    public String getClientIp() {
        return clientIp;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getCorrelationId() {
        return correlationId;
    }
}
