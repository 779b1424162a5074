package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.application.BundleFiles;

/**
 * Real codes are from the companies' published business licences and pass both their GB 32100
 * and GB 11714 check characters worked out by hand. Tencent, 91440300708461136T:
 * 9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 7·20 + 0·29 + 8·25 + 4·13 + 6·8 + 1·24
 * + 1·10 + 3·30 + 6·28 = 966; 966 mod 31 = 5; 31 − 5 = 26 → T (the 27th character of
 * 0-9 A-H J-N P-R T U W-Y). Its organisation code 70846113-6: 7·3 + 0·7 + 8·9 + 4·10 + 6·5 + 1·8
 * + 1·4 + 3·2 = 181; 181 mod 11 = 5; 11 − 5 = 6.
 */
class CreditCodeTest {

    private static String refusal(String raw) {
        InvalidCreditCodeException e = assertThrows(InvalidCreditCodeException.class, () -> CreditCode.parse(raw));
        BundleFiles.assertErrorDefined(e.messageKey());
        return e.messageKey();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "91440300708461136T, 9, 1, 440300, 708461136", // 深圳市腾讯计算机系统有限公司
            "91330100716105852F, 9, 1, 330100, 716105852", // 阿里巴巴（中国）有限公司
            "914403001922038216, 9, 1, 440300, 192203821"})  // 华为技术有限公司
    void realPublishedCodesParse(String raw, char authority, char type, String division, String organisationCode) {
        CreditCode code = CreditCode.parse(raw);
        assertEquals(raw, code.value());
        assertEquals(authority, code.registrationAuthority());
        assertEquals(type, code.organisationType());
        assertEquals(division, code.divisionCode());
        assertEquals(organisationCode, code.organisationCode());
        assertFalse(code.isUnion());
        assertEquals(organisationCode.charAt(8),
                CreditCode.organisationCodeCheckCharacter(organisationCode.substring(0, 8)));
    }

    @Test
    void aGrassrootsUnionCodeWithAHandWorkedCheckCharacter() {
        // 8·1+1·3+3·9+6·27+0+1·26+0+2·17+M(21)·20+C(12)·29+1·25+2·13+3·8+4·24+5·10+6·30+7·28 = 1625;
        // 1625 mod 31 = 13; 31 − 13 = 18 → J
        CreditCode union = CreditCode.parse("81360102MC1234567J");
        assertTrue(union.isUnion());
        assertEquals('8', union.registrationAuthority());
        assertEquals('1', union.organisationType());
        assertEquals("360102", union.divisionCode());
        assertEquals("MC1234567", union.organisationCode());
    }

    @ParameterizedTest(name = "check value {0}")
    @CsvSource({"0, 81360102570412345, 0", "1, 81360102570P12345, 1", "10, 81360102570812345, A",
            "18, 81360102570512345, J", "30, 81360102570G12345, Y"})
    void checkValuesMapIntoTheAlphabetIncludingZeroAndTheLastLetter(int checkValue, String first17, char expected) {
        assertEquals(expected, CreditCode.checkCharacter(first17));
        assertEquals(first17 + expected, CreditCode.parse(first17 + expected).value());
    }

    @ParameterizedTest
    @CsvSource({"Y1360102MB0000001, 5, Y", "N2360102MB0000001, A, N", "A1360102MB0000001, R, A"})
    void theAuthorityMayBeALetter(String first17, char check, char authority) {
        CreditCode code = CreditCode.parse(first17 + check);
        assertEquals(authority, code.registrationAuthority());
        assertFalse(code.isUnion());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 91440300708461136t ", "9144 0300 7084 6113 6T", "９１４４０３００７０８４６１１３６Ｔ",
            "\t91440300708461136T\u3000", "91440300708461136ｔ", "91440300７０８４６１１３６Ｔ"})
    void whatPeopleTypeIsNormalised(String raw) {
        assertEquals("91440300708461136T", CreditCode.parse(raw).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u3000"})
    void blankIsRefused(String raw) {
        assertEquals("organization.creditCode.blank", refusal(raw));
    }

    @ParameterizedTest
    @CsvSource({"91440300708461136, 17", "91440300708461136TT, 19", "708461136, 9", "440300708461136T, 16"})
    void otherLengthsAreRefusedWithTheLength(String raw, int length) {
        InvalidCreditCodeException e = assertThrows(InvalidCreditCodeException.class, () -> CreditCode.parse(raw));
        assertEquals("organization.creditCode.length", e.messageKey());
        assertEquals(List.of(length), List.of(e.arguments()));
    }

    @ParameterizedTest
    @CsvSource({"I1440300708461136T, 1", "91440300708461I36T, 15", "9144030070846113OT, 17", "914S0300708461136T, 4",
            "91440300V08461136T, 9", "9144030070846113Z6, 17", "91440300-08461136T, 9", "91440300708461136!, 18",
            "9144030070846113é6, 17"})
    void charactersOutsideTheAlphabetAreRefusedWithTheirPosition(String raw, int position) {
        InvalidCreditCodeException e = assertThrows(InvalidCreditCodeException.class, () -> CreditCode.parse(raw));
        assertEquals("organization.creditCode.characters", e.messageKey());
        assertEquals(List.of(position), List.of(e.arguments()));
        BundleFiles.assertErrorDefined(e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300708461136U", "914403007084611360", "91440300708461163T", "91330100716105852E",
            "81360102MC1234567K", "81360102MC1234576J"})
    void aWrongCheckCharacterOrSwappedCharactersAreRefused(String raw) {
        assertEquals("organization.creditCode.checkCharacter", refusal(raw));
    }

    @Test
    void checkCharacterWantsSeventeenCharactersOfTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9144030070846113"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91440300708461136T"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9144030070846113O"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9144030070846113a"));
    }

    @ParameterizedTest
    @CsvSource({"70846113, 6", "71610585, 2", "19220382, 1", "MC123456, 6", "00000000, 0", "00000006, X"})
    void organisationCodeCheckCharacters(String first8, char expected) {
        // MC123456: 22·3 + 12·7 + 1·9 + 2·10 + 3·5 + 4·8 + 5·4 + 6·2 = 258; 258 mod 11 = 5; 11 − 5 = 6.
        // 00000000: 11 − 0 = 11, written 0; 00000006: 6·2 = 12, 12 mod 11 = 1, 11 − 1 = 10, written X
        assertEquals(expected, CreditCode.organisationCodeCheckCharacter(first8));
    }

    @Test
    void organisationCodeCheckWantsEightDigitsOrCapitals() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheckCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheckCharacter("7084611"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheckCharacter("7084611-"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCodeCheckCharacter("mc123456"));
    }

    @Test
    void equalityIsByTheNormalisedValue() {
        assertEquals(CreditCode.parse("91440300708461136t"), CreditCode.parse(" 91440300708461136T"));
        assertEquals(CreditCode.parse("91440300708461136t").hashCode(), CreditCode.parse("91440300708461136T").hashCode());
        assertNotEquals(CreditCode.parse("91440300708461136T"), CreditCode.parse("91330100716105852F"));
        assertEquals("91440300708461136T", CreditCode.parse("91440300708461136T").toString());
    }
}
