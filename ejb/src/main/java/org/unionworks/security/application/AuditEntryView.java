package org.unionworks.security.application;

import java.time.OffsetDateTime;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditEvent;
import org.unionworks.security.model.AuditOutcome;

public record AuditEntryView(long id, OffsetDateTime occurredAt, String actor, Long actorOrgId, String clientIp,
                             AuditAction action, String objectType, String objectId, AuditOutcome outcome,
                             String detail, String correlationId) {

    public static AuditEntryView of(AuditEvent e) {
        return new AuditEntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getActorOrgId(), e.getClientIp(),
                e.getAction(), e.getObjectType(), e.getObjectId(), e.getOutcome(), e.getDetail(),
                e.getCorrelationId());
    }
}
