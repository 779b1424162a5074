package org.unionworks.registry.model;

/** Who is in the pool (工会积极分子、志愿者). Labels: {@code activistKind.<NAME>} in the labels bundle. */
public enum ActivistKind {
    ACTIVIST,
    VOLUNTEER;

    public String labelKey() {
        return "activistKind." + name();
    }
}
