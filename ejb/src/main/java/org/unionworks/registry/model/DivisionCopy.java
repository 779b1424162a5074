package org.unionworks.registry.model;

import java.util.Optional;
import org.unionworks.organization.model.DivisionCode;

/**
 * The copies of their unit's divisions a professional's record keeps, one per level below the nation (Liquibase 013,
 * {@link Professional#divisionAt}): the attribute for JPQL and the column for SQL. "Within division d" is
 * {@code <copy at d's level> = d}.
 */
public enum DivisionCopy {
    PROVINCE("provinceDivision", "province_code"),
    CITY("cityDivision", "city_code"),
    COUNTY("countyDivision", "county_code");

    private final String attribute;
    private final String column;

    DivisionCopy(String attribute, String column) {
        this.attribute = attribute;
        this.column = column;
    }

    /** The copy at the level of {@code division}; none for the nation, which holds everyone. */
    public static Optional<DivisionCopy> of(DivisionCode division) {
        return switch (division.level()) {
            case NATIONAL -> Optional.empty();
            case PROVINCE -> Optional.of(PROVINCE);
            case CITY -> Optional.of(CITY);
            case COUNTY -> Optional.of(COUNTY);
        };
    }

    public String attribute() {
        return attribute;
    }

    public String column() {
        return column;
    }
}
