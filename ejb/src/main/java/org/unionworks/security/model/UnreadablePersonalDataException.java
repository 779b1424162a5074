package org.unionworks.security.model;

/**
 * A stored personal-data value could not be decrypted. A system fault, not a broken business
 * rule: a lost key or altered data is for operations to investigate. The message names the field
 * and key id, never the stored value.
 */
public final class UnreadablePersonalDataException extends RuntimeException {

    public UnreadablePersonalDataException(String message) {
        super(message);
    }

    public UnreadablePersonalDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
