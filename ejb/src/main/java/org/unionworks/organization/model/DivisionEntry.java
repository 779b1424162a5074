package org.unionworks.organization.model;

import java.util.Objects;

/**
 * One row of a GB/T 2260 division catalogue: a code, its official name, its level and the
 * division directly above it in the catalogue. Provinces hang under {@link DivisionCode#NATIONAL};
 * county-level units hang under their city when the catalogue lists it, otherwise under their
 * province (provincially administered county-level cities such as 429004 仙桃市, and districts
 * of municipalities whose "市辖区" row the Ministry of Civil Affairs no longer publishes).
 */
public record DivisionEntry(DivisionCode code, String name, DivisionCode.Level level, DivisionCode parentCode) {

    public DivisionEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parentCode, "parentCode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
        if (level != code.level() || level == DivisionCode.Level.NATIONAL) {
            throw new IllegalArgumentException("division " + code + " is no " + level + " code");
        }
        if (parentCode.equals(code) || !parentCode.contains(code)) {
            throw new IllegalArgumentException("division " + code + " does not lie within " + parentCode);
        }
    }
}
