package org.unionworks.security.model;

import java.time.OffsetDateTime;

/** Audit search filters; null means "any". */
public record AuditCriteria(OffsetDateTime from, OffsetDateTime to, String actor, AuditAction action,
                            AuditOutcome outcome) {

    public static final AuditCriteria ANY = new AuditCriteria(null, null, null, null, null);

    public AuditCriteria {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
    }
}
