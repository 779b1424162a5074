package org.unionworks.registry.model;

/**
 * Gender as GB 11643-1999 records it in the resident ID (odd sequence digit male, even female).
 * Labels live in the {@code org.unionworks.i18n.labels} bundle under {@code gender.<NAME>}.
 */
public enum Gender {
    MALE,
    FEMALE;

    public String labelKey() {
        return "gender." + name();
    }
}
