package org.unionworks.security.application;

import org.unionworks.shared.model.DomainException;

/** The caller has no account in this system, or the account may not do this. */
public class AccessDeniedException extends DomainException {

    public AccessDeniedException(String reason) {
        super("error.accessDenied", reason);
    }
}
