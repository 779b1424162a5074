package org.unionworks.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditEvent;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.AuditRepository;
import org.unionworks.shared.application.RequestMetadata;

/**
 * Writes audit rows in the caller's transaction (so a rolled-back change leaves no
 * "success" row behind). Details name objects by id, never personal data values.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditRepository repository;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestMetadata request;

    /** An act of the current caller. */
    public void record(AuditAction action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        Long orgId = null;
        String actor = caller.nameOrNull();
        if (actor != null) {
            try {
                orgId = caller.get().orgUnitId();
            } catch (AccessDeniedException e) {
                orgId = null;
            }
        }
        recordFor(actor, orgId, action, objectType, objectId, outcome, detail);
    }

    /**
     * A refused or failed act of the current caller, committed on its own so that it survives
     * the rollback of the caller's transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String objectType, Object objectId, AuditOutcome outcome,
                                    String detail) {
        record(action, objectType, objectId, outcome, detail);
    }

    /** An act attributed explicitly, e.g. a login attempt before anyone is authenticated. */
    public void recordFor(String actor, Long actorOrgId, AuditAction action, String objectType, Object objectId,
                          AuditOutcome outcome, String detail) {
        AuditEvent event = new AuditEvent(OffsetDateTime.now(), actor, actorOrgId, request.clientIp(), action,
                objectType, objectId == null ? null : String.valueOf(objectId), outcome, detail,
                request.correlationId());
        repository.append(event);
        LOG.fine(() -> "audit " + action + " " + outcome + " by " + actor + " on " + objectType + " " + objectId);
    }
}
