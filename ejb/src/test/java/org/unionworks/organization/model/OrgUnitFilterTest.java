package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.model.DomainException;

class OrgUnitFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"3", "36", "3601", "360102"})
    void acceptsOneToSixDigitPrefixes(String prefix) {
        assertEquals(prefix, new OrgUnitFilter(null, null, prefix).divisionCodePrefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3601021", "36a", "36%", "36_", "-36", "3 6"})
    void rejectsAnythingButOneToSixDigits(String prefix) {
        DomainException e = assertThrows(DomainException.class, () -> new OrgUnitFilter(null, null, prefix));
        assertEquals("organization.divisionCode.filterInvalid", e.messageKey());
    }

    @Test
    void blankMeansAnyAndValuesAreStripped() {
        OrgUnitFilter filter = new OrgUnitFilter("  ", OrgUnitType.CITY, " \t");
        assertNull(filter.nameContains());
        assertNull(filter.divisionCodePrefix());
        assertEquals(OrgUnitType.CITY, filter.type());

        OrgUnitFilter stripped = new OrgUnitFilter(" 南昌 ", null, " 3601 ");
        assertEquals("南昌", stripped.nameContains());
        assertEquals("3601", stripped.divisionCodePrefix());
    }

    @Test
    void noneFiltersNothing() {
        assertNull(OrgUnitFilter.NONE.nameContains());
        assertNull(OrgUnitFilter.NONE.type());
        assertNull(OrgUnitFilter.NONE.divisionCodePrefix());
    }
}
