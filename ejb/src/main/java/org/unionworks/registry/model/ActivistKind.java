package org.unionworks.registry.model;

/** The lighter pool that posts can draw from (DOMAIN §4). Labels: {@code activistKind.<NAME>} in the labels bundle. */
public enum ActivistKind {
    ACTIVIST,
    VOLUNTEER;

    public String labelKey() {
        return "activistKind." + name();
    }
}
