package org.unionworks.security.application;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Audits refused and failed business calls (GB/T 22239: every user action with its outcome).
 * The row is written in a transaction of its own, because the failed call's transaction rolls
 * back. Reads of ids outside the caller's scope look like "not found" to the caller and are
 * recorded as DENIED here, so probing is visible to the audit administrator.
 */
public class AuditFailures {

    @Inject
    AuditTrail audit;

    @AroundInvoke
    public Object recordFailure(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (DomainException e) {
            String operation = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
            boolean denied = e instanceof NotFoundException || e instanceof AccessDeniedException;
            audit.recordIndependently(denied ? AuditAction.ACCESS_DENIED : AuditAction.OPERATION_FAILED, "Operation",
                    operation, denied ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
                    AuditDetail.of(denied ? "refused" : "failed", e.messageKey()));
            throw e;
        }
    }
}
