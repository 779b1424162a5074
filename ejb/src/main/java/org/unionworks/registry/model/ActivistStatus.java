package org.unionworks.registry.model;

/** Where a pool member stands. Labels: {@code activistStatus.<NAME>} in the labels bundle. */
public enum ActivistStatus {
    ACTIVE,
    INACTIVE,
    /** Became a professional; the record stays, linked to the professional's. */
    PROMOTED;

    public String labelKey() {
        return "activistStatus." + name();
    }
}
