package org.unionworks.registry.model;

/** Why a professional left the workforce (turnover is one of the guideline's named problems). Labels: {@code leaveReason.<NAME>} in the labels bundle. */
public enum LeaveReason {
    RESIGNED,
    CONTRACT_ENDED,
    DISMISSED,
    RETIRED,
    TRANSFERRED_OUT,
    DECEASED,
    OTHER;

    public String labelKey() {
        return "leaveReason." + name();
    }
}
