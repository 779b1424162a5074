package org.unionworks.organization.model;

/**
 * Why a state of an org unit began (the {@code change_type} of {@code org_unit_state}). Labels:
 * {@code orgUnitChange.<NAME>} in the labels bundle.
 */
public enum OrgUnitChange {
    /** The unit's first state, from its founding date. */
    FOUNDED,
    /** A new name or new covered numbers from an effective date. */
    AMENDED,
    /** The unit was merged into its successor: from here on it exists only in history. */
    MERGED,
    /** The unit was dissolved: from here on it exists only in history. */
    DISSOLVED;

    /** Whether the state marks the end of the unit rather than a period in which it existed. */
    public boolean isEnd() {
        return this == MERGED || this == DISSOLVED;
    }

    public String labelKey() {
        return "orgUnitChange." + name();
    }
}
