package org.unionworks.certification.model;

/** First registration after passing, or a renewal at the end of a cycle. Labels: {@code registrationKind.<NAME>}. */
public enum RegistrationKind {
    FIRST,
    RENEWAL;

    public String labelKey() {
        return "registrationKind." + name();
    }
}
