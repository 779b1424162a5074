package org.unionworks.security.application;

import org.unionworks.shared.model.DomainException;

/**
 * The caller has no account in this system, or the account may not do this. A refusal that its service has already
 * written to the audit trail, with what was asked, says so ({@link #recorded}), so that the boundary that turns it
 * into a response does not record it a second time.
 */
public class AccessDeniedException extends DomainException {

    private final boolean recorded;

    public AccessDeniedException(String reason) {
        this(reason, false);
    }

    private AccessDeniedException(String reason, boolean recorded) {
        super("error.accessDenied", reason);
        this.recorded = recorded;
    }

    /** A refusal its service has audited. */
    public static AccessDeniedException recorded(String reason) {
        return new AccessDeniedException(reason, true);
    }

    public boolean isRecorded() {
        return recorded;
    }
}
