package org.unionworks.registry.model;

/** Existing forms of union social workers are categories of one registry, not separate systems (DOMAIN §1). Labels: {@code professionalCategory.<NAME>} in the labels bundle. */
public enum ProfessionalCategory {
    SOCIAL_WORKER,
    SOCIALISED_UNION_WORKER,
    BARGAINING_INSTRUCTOR;

    public String labelKey() {
        return "professionalCategory." + name();
    }
}
