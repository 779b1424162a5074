package org.unionworks.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTextTest {

    @ParameterizedTest
    @CsvSource({"０１２３４５６７８９, 0123456789", "ＡＢＣＸＹＺ, ABCXYZ", "ａｂｘｙｚ, abxyz", "３６０１０２东湖区, 360102东湖区"})
    void fullWidthFormsBecomeAscii(String raw, String expected) {
        assertEquals(expected, CodeText.foldFullWidth(raw));
    }

    @Test
    void theFullWidthRangeEndsAreFoldedAndTheirNeighboursAreNot() {
        assertEquals("!~", CodeText.foldFullWidth("\uFF01\uFF5E"));
        assertEquals("\uFF00\uFF5F", CodeText.foldFullWidth("\uFF00\uFF5F"));
        assertEquals(",", CodeText.foldFullWidth("，"));
    }

    @Test
    void textWithoutFullWidthFormsIsReturnedAsItIs() {
        String text = "360102 东湖区";
        assertSame(text, CodeText.foldFullWidth(text));
    }

    @Test
    void compactRemovesEveryKindOfSpaceAnywhere() {
        assertEquals("11010519491231002X", CodeText.compact(" 1101\t0519\u30004912\u00A03100\n2X\uFEFF\u200B"));
        assertEquals("91440300708461136T", CodeText.compact("９１４４０３００　７０８４６１１３６Ｔ"));
        assertEquals("", CodeText.compact(null));
        assertEquals("", CodeText.compact(" \u3000\t"));
    }

    @Test
    void compactKeepsLettersAsTheyAre() {
        assertEquals("11010519491231002x", CodeText.compact("11010519491231002x"));
    }

    @ParameterizedTest
    @ValueSource(chars = {' ', '\t', '\n', '\r', '\u3000', '\u00A0', '\u2007', '\uFEFF', '\u200B'})
    void spacesInTheWideSense(char c) {
        assertTrue(CodeText.isSpace(c));
    }

    @ParameterizedTest
    @ValueSource(chars = {'0', 'X', '，', '、', '-', '东'})
    void notSpaces(char c) {
        assertFalse(CodeText.isSpace(c));
    }
}
