package org.unionworks.organization.model;

import org.unionworks.shared.model.DomainException;

/** A Unified Social Credit Code that GB 32100-2015 does not allow. */
public final class InvalidCreditCodeException extends DomainException {

    InvalidCreditCodeException(String reason, String developerMessage, Object... arguments) {
        super("organization.creditCode." + reason, developerMessage, arguments);
    }
}
