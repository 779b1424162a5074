package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgScopeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/1000/", "/1000/1050/", "/1/2/3/"})
    void acceptsMaterialisedPaths(String path) {
        assertEquals(path, OrgScope.of(path).rootPath());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "//", "1000/", "/1000", "/10a0/", "/1000//1050/", "/1000/%", "/1000/_/", " /1000/"})
    void rejectsAnythingElse(String path) {
        assertThrows(IllegalArgumentException.class, () -> OrgScope.of(path));
    }

    @Test
    void likePatternMatchesTheSubtree() {
        assertEquals("/1000/1050/%", OrgScope.of("/1000/1050/").likePattern());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "/1000/1050/, true",
            "/1000/1050/1100/, true",
            "/1000/1050/1100/1150/, true",
            "/1000/, false",
            "/1000/1100/, false",
            "/1000/10500/, false",
            "/2000/1000/1050/, false"})
    void containsItselfAndItsDescendantsOnly(String path, boolean expected) {
        assertEquals(expected, OrgScope.of("/1000/1050/").contains(path));
    }

    @Test
    void containsNoMissingPath() {
        assertFalse(OrgScope.of("/1000/").contains((String) null));
    }

    @Test
    void aUnitNotYetPlacedInTheTreeIsOutsideEveryScope() {
        OrgUnit unplaced = OrgUnit.root(OrgUnitType.PROVINCE, "江西省总工会", DivisionCode.of("360000"));
        assertFalse(OrgScope.of("/1000/").contains(unplaced));
        assertFalse(OrgScope.of("/1000/").contains((OrgUnit) null));
    }

    @Test
    void equalityIsByRootPath() {
        assertEquals(OrgScope.of("/1000/"), OrgScope.of("/1000/"));
        assertEquals(OrgScope.of("/1000/").hashCode(), OrgScope.of("/1000/").hashCode());
        assertFalse(OrgScope.of("/1000/").equals(OrgScope.of("/1001/")));
    }
}
