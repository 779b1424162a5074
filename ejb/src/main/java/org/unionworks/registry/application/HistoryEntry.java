package org.unionworks.registry.application;

import java.time.OffsetDateTime;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditOutcome;

/** One line of a record's history, from the audit trail; {@code detail} is stored language-neutral. */
public record HistoryEntry(OffsetDateTime occurredAt, String actor, AuditAction action, AuditOutcome outcome,
                           String detail) {
}
