package org.unionworks.registry.model;

/** Whether a professional is in the workforce; leavers keep their record and history. Labels: {@code professionalStatus.<NAME>} in the labels bundle. */
public enum ProfessionalStatus {
    ACTIVE,
    LEFT;

    public String labelKey() {
        return "professionalStatus." + name();
    }
}
