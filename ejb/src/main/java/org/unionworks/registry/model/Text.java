package org.unionworks.registry.model;

import org.unionworks.shared.model.DomainException;

/** Trimming and length rules shared by the registry's free-text fields. */
final class Text {

    private Text() {
    }

    static String required(String value, int maxLength, String messageKey) {
        String trimmed = optional(value, maxLength, messageKey);
        if (trimmed == null) {
            throw new DomainException(messageKey, "value required", maxLength);
        }
        return trimmed;
    }

    /** A person's name: 2 to {@code maxLength} characters after trimming. */
    static String personName(String value, int maxLength) {
        String name = required(value, maxLength, "registry.name.invalid");
        if (name.codePointCount(0, name.length()) < 2) {
            throw new DomainException("registry.name.invalid", "name shorter than 2 characters", maxLength);
        }
        return name;
    }

    static String optional(String value, int maxLength, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(messageKey, "value longer than " + maxLength, maxLength);
        }
        return trimmed;
    }
}
