package org.unionworks.registry.model;

import org.unionworks.shared.model.DomainException;

/**
 * A resident ID that GB 11643-1999 does not allow. Arguments are lengths and positions only:
 * the number itself is personal data and stays out of messages and logs.
 */
public final class InvalidResidentIdException extends DomainException {

    InvalidResidentIdException(String reason, String developerMessage, Object... arguments) {
        super("registry.residentId." + reason, developerMessage, arguments);
    }
}
