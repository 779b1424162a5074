package org.unionworks.registry.model;

/** How a registry record came into the system. Labels: {@code recordSource.<NAME>} in the labels bundle. */
public enum RecordSource {
    ENTERED,
    IMPORTED,
    PROMOTED;

    public String labelKey() {
        return "recordSource." + name();
    }
}
