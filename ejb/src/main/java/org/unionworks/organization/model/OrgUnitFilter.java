package org.unionworks.organization.model;

/** Optional list filters; blank means "any". */
public record OrgUnitFilter(String nameContains, OrgUnitType type, String divisionCodePrefix) {

    public static final OrgUnitFilter NONE = new OrgUnitFilter(null, null, null);

    public OrgUnitFilter {
        nameContains = blankToNull(nameContains);
        divisionCodePrefix = blankToNull(divisionCodePrefix);
        if (divisionCodePrefix != null && !divisionCodePrefix.matches("\\d{1,6}")) {
            throw new org.unionworks.shared.model.DomainException("organization.divisionCode.filterInvalid",
                    "division code filter must be 1..6 digits");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
