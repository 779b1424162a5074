package org.unionworks.registry.model;

/** An activist stays in the pool until promoted into a professional or withdrawn. Labels: {@code activistStatus.<NAME>} in the labels bundle. */
public enum ActivistStatus {
    ACTIVE,
    PROMOTED,
    WITHDRAWN;

    public String labelKey() {
        return "activistStatus." + name();
    }
}
