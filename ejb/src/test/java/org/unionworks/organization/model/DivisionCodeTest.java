package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.organization.model.DivisionCode.Level;

class DivisionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"360000", "360100", "360102", "110101", "650000", "710000", "810000", "820000", "100000"})
    void acceptsProvinceCityAndCountyCodesAndTheNationalCode(String code) {
        assertTrue(DivisionCode.isValid(code));
        assertEquals(code, DivisionCode.of(code).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"36010", "3601020", "36O102", "36-102", "３６０１０２",
            "000000", "190000", "240000", "390000", "990000", "100100"})
    void rejectsCodesThatAreNotSixDigitsOfAKnownProvince(String code) {
        assertFalse(DivisionCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360001", "360099", "110001"})
    void rejectsACountyPartWithoutACityPart(String code) {
        assertFalse(DivisionCode.isValid(code));
        InvalidDivisionCodeException e = assertThrows(InvalidDivisionCodeException.class, () -> DivisionCode.of(code));
        assertEquals("organization.divisionCode.invalid", e.messageKey());
    }

    @Test
    void ofRejectsNullWithTheMessageKey() {
        InvalidDivisionCodeException e = assertThrows(InvalidDivisionCodeException.class, () -> DivisionCode.of(null));
        assertEquals("organization.divisionCode.invalid", e.messageKey());
    }

    @Test
    void ofStripsSurroundingWhitespace() {
        assertEquals(DivisionCode.of("360102"), DivisionCode.of(" 360102\t"));
    }

    @Test
    void theNationalCodeIsTheSingleton() {
        assertSame(DivisionCode.NATIONAL, DivisionCode.of("100000"));
        assertEquals("100000", DivisionCode.NATIONAL.value());
    }

    @Test
    void levelFollowsTheTrailingZeros() {
        assertEquals(Level.NATIONAL, DivisionCode.NATIONAL.level());
        assertEquals(Level.PROVINCE, DivisionCode.of("360000").level());
        assertEquals(Level.CITY, DivisionCode.of("360100").level());
        assertEquals(Level.COUNTY, DivisionCode.of("360102").level());
    }

    @Test
    void provinceKeepsTheFirstTwoDigits() {
        assertEquals(DivisionCode.of("360000"), DivisionCode.of("360102").province());
        assertEquals(DivisionCode.of("360000"), DivisionCode.of("360100").province());
        assertEquals(DivisionCode.of("360000"), DivisionCode.of("360000").province());
        assertSame(DivisionCode.NATIONAL, DivisionCode.NATIONAL.province());
    }

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "100000, 100000, true", "100000, 360000, true", "100000, 360100, true", "100000, 650102, true",
            "360000, 360000, true", "360000, 360100, true", "360000, 360102, true",
            "360000, 370000, false", "360000, 370102, false", "360000, 100000, false",
            "360100, 360100, true", "360100, 360102, true",
            "360100, 360000, false", "360100, 360200, false", "360100, 360202, false", "360100, 100000, false",
            "360102, 360102, true",
            "360102, 360103, false", "360102, 360100, false", "360102, 360000, false"})
    void containsFollowsTheLevels(String container, String candidate, boolean expected) {
        assertEquals(expected, DivisionCode.of(container).contains(DivisionCode.of(candidate)));
        // the SQL pattern of a jurisdiction selects what contains() accepts
        String pattern = DivisionCode.of(container).likePattern();
        boolean likeMatches = pattern.endsWith("%") ? candidate.startsWith(pattern.substring(0, pattern.length() - 1))
                : candidate.equals(pattern);
        assertEquals(expected, likeMatches, pattern);
        // and so does the equality with the candidate's division at the container's level
        DivisionCode at = DivisionCode.of(candidate).at(DivisionCode.of(container).level());
        assertEquals(expected, DivisionCode.of(container).equals(at), "at " + DivisionCode.of(container).level());
    }

    @ParameterizedTest(name = "{0} at the province, city, county: {1}, {2}, {3}")
    @CsvSource({
            "360102, 360000, 360100, 360102",
            "360100, 360000, 360100, ",
            "360000, 360000, , ",
            "110101, 110000, 110100, 110101",
            "100000, , , "})
    void atNamesTheDivisionOfEachLevelThatContainsTheCode(String code, String province, String city, String county) {
        DivisionCode d = DivisionCode.of(code);
        assertSame(DivisionCode.NATIONAL, d.at(Level.NATIONAL));
        assertEquals(province == null ? null : DivisionCode.of(province), d.at(Level.PROVINCE));
        assertEquals(city == null ? null : DivisionCode.of(city), d.at(Level.CITY));
        assertEquals(county == null ? null : DivisionCode.of(county), d.at(Level.COUNTY));
    }

    @Test
    void likePatternsByLevel() {
        assertEquals("%", DivisionCode.NATIONAL.likePattern());
        assertEquals("36%", DivisionCode.of("360000").likePattern());
        assertEquals("3601%", DivisionCode.of("360100").likePattern());
        assertEquals("360102", DivisionCode.of("360102").likePattern());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(DivisionCode.of("360102"), DivisionCode.of("360102"));
        assertEquals(DivisionCode.of("360102").hashCode(), DivisionCode.of("360102").hashCode());
        assertFalse(DivisionCode.of("360102").equals(DivisionCode.of("360103")));
        assertEquals("360102", DivisionCode.of("360102").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "15", "21", "23", "31", "37", "41", "46", "50", "54", "61", "65", "71", "81", "82"})
    void provincePrefixesOfTheStandard(String prefix) {
        assertTrue(DivisionCode.isProvincePrefix(prefix));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "70", "72", "80", "83", "1", "110"})
    void notProvincePrefixes(String prefix) {
        assertFalse(DivisionCode.isProvincePrefix(prefix));
    }
}
