package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.model.DomainException;

class EducationLevelTest {

    /** Table 1 of GB/T 4658-2006, in the standard's order. */
    private static final List<String> STANDARD_CODES = List.of(
            "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21", "22", "23", "28",
            "30", "31", "32", "33",
            "40", "41", "42", "43", "44", "45", "46", "47", "48", "49",
            "60", "61", "62", "63",
            "70", "71", "73",
            "80", "81", "83",
            "90");

    @Test
    void holdsExactlyTheCodesOfTheStandardInItsOrder() {
        assertEquals(STANDARD_CODES, Arrays.stream(EducationLevel.values()).map(EducationLevel::code).toList());
    }

    @ParameterizedTest
    @EnumSource(EducationLevel.class)
    void fromCodeFindsEveryLevelByItsCode(EducationLevel level) {
        assertSame(level, EducationLevel.fromCode(level.code()));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "10, POSTGRADUATE", "11, DOCTORAL_GRADUATED", "14, MASTER_GRADUATED", "17, POSTGRADUATE_CLASS_GRADUATED",
            "21, UNDERGRADUATE_GRADUATED", "23, UNDERGRADUATE_UNFINISHED", "28, UNIVERSITY_ORDINARY_CLASS_GRADUATED",
            "31, JUNIOR_COLLEGE_GRADUATED", "41, SECONDARY_SPECIALISED_GRADUATED", "44, VOCATIONAL_HIGH_GRADUATED",
            "47, SKILLED_WORKER_SCHOOL_GRADUATED", "61, SENIOR_HIGH_GRADUATED", "73, JUNIOR_HIGH_UNFINISHED",
            "83, PRIMARY_UNFINISHED", "90, OTHER"})
    void codesMeanWhatTheStandardSays(String code, EducationLevel expected) {
        assertSame(expected, EducationLevel.fromCode(code));
    }

    @Test
    void fromCodeStripsSurroundingWhitespace() {
        assertSame(EducationLevel.UNDERGRADUATE_GRADUATED, EducationLevel.fromCode(" 21\t"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "00", "09", "24", "29", "34", "50", "51", "64", "72", "82", "91", "99",
            "1", "2", "210", "2l", "二一", "２１"})
    void rejectsCodesTheStandardDoesNotList(String code) {
        DomainException e = assertThrows(DomainException.class, () -> EducationLevel.fromCode(code));
        assertEquals("registry.education.unknown", e.messageKey());
        assertEquals("Not a GB/T 4658-2006 education code", e.getMessage(), "the same text whatever was rejected");
        assertEquals(0, e.arguments().length);
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
            "10, 10", "11, 10", "16, 10", "19, 10",
            "20, 20", "21, 20", "23, 20", "28, 20",
            "30, 30", "31, 30", "33, 30",
            "40, 40", "41, 40", "46, 40", "49, 40",
            "60, 60", "63, 60",
            "70, 70", "71, 70", "73, 70",
            "80, 80", "81, 80", "83, 80",
            "90, 90"})
    void categoryIsTheTopLevelEntry(String code, String category) {
        assertEquals(category, EducationLevel.fromCode(code).category().code());
    }

    @Test
    void theCategoriesAreTheEightTopLevelEntries() {
        assertEquals(List.of("10", "20", "30", "40", "60", "70", "80", "90"),
                Arrays.stream(EducationLevel.values()).filter(EducationLevel::isCategory).map(EducationLevel::code).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "11", "13", "14", "19", "20", "21", "22", "28", "30", "31", "33"})
    void postgraduateUndergraduateAndJuniorCollegeAreTertiary(String code) {
        assertTrue(EducationLevel.fromCode(code).isTertiary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "41", "44", "47", "49", "60", "61", "70", "71", "80", "81", "90"})
    void secondaryAndBelowAndOtherAreNotTertiary(String code) {
        assertFalse(EducationLevel.fromCode(code).isTertiary());
    }

    @Test
    void labelKeyIsThePrefixAndTheCode() {
        assertEquals("education.28", EducationLevel.UNIVERSITY_ORDINARY_CLASS_GRADUATED.labelKey());
        assertEquals("education.10", EducationLevel.POSTGRADUATE.labelKey());
    }
}
