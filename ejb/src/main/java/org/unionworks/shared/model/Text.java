package org.unionworks.shared.model;

/** Trimming and length rules of free-text fields: refusals carry the field's message key and the limit. */
public final class Text {

    private Text() {
    }

    public static String required(String value, int maxLength, String messageKey) {
        String trimmed = optional(value, maxLength, messageKey);
        if (trimmed == null) {
            throw new DomainException(messageKey, "value required", maxLength);
        }
        return trimmed;
    }

    /** A person's name: 2 to {@code maxLength} characters after trimming. */
    public static String personName(String value, int maxLength) {
        String name = required(value, maxLength, "registry.name.invalid");
        if (name.codePointCount(0, name.length()) < 2) {
            throw new DomainException("registry.name.invalid", "name shorter than 2 characters", maxLength);
        }
        return name;
    }

    public static String optional(String value, int maxLength, String messageKey) {
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
