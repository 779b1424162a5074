package org.unionworks.shared.model;

import jakarta.ejb.ApplicationException;

/**
 * A broken business rule. Carries a message-bundle key so the portal and the API can say
 * what went wrong in the caller's language; rolls the transaction back so nothing is
 * half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, String developerMessage, Object... arguments) {
        super(developerMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
