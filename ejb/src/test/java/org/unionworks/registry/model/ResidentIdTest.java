package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.application.BundleFiles;

/**
 * The check characters below were worked out by hand (or, for the table of remainders, with a
 * separate script), never with the class under test. For 11010519491231002X, the example of the
 * standard itself: 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9
 * + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 167; 167 mod 11 = 2 → X.
 */
class ResidentIdTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static ResidentId parse(String raw) {
        return ResidentId.parse(raw, TODAY);
    }

    private static String refusal(String raw) {
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class, () -> parse(raw));
        BundleFiles.assertErrorDefined(e.messageKey());
        return e.messageKey();
    }

    @Test
    void theStandardsOwnExampleIsAWomanBornOnTheLastDayOf1949() {
        ResidentId id = parse("11010519491231002X");
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals("110105", id.divisionCode());
        assertEquals("002X", id.lastFour());
        assertEquals("110***********002X", id.masked());
    }

    @Test
    void aManFromNanchangWithAHandWorkedCheckDigit() {
        // 3·7+6·9+0+1·5+0+2·4+1·2+9·1+9·6+0+0+3·9+0+7·5+1·8+2·4+3·2 = 237; 237 mod 11 = 6 → 6
        ResidentId id = parse("360102199003071236");
        assertEquals(LocalDate.of(1990, 3, 7), id.birthDate());
        assertEquals(Gender.MALE, id.gender());
        assertEquals("360102", id.divisionCode());
        assertEquals("1236", id.lastFour());
        assertEquals("360***********1236", id.masked());
    }

    /** One set of first 17 digits per remainder 0..10 (worked out with a separate script). */
    @ParameterizedTest(name = "remainder {0} gives {2}")
    @CsvSource({
            "0, 36010219850615108, 1", "1, 36010219850615103, 0", "2, 36010219850615109, X",
            "3, 36010219850615104, 9", "4, 36010219850615118, 8", "5, 36010219850615105, 7",
            "6, 36010219850615100, 6", "7, 36010219850615106, 5", "8, 36010219850615101, 4",
            "9, 36010219850615107, 3", "10, 36010219850615102, 2"})
    void everyRemainderMapsToItsCheckCharacter(int remainder, String first17, char expected) {
        assertEquals(expected, ResidentId.checkCharacter(first17));
        assertEquals(first17 + expected, parse(first17 + expected).value());
    }

    @ParameterizedTest
    @CsvSource({"710000198001010010, 71", "810000198001010022, 81", "820000198001010032, 82", "650102200301010057, 65"})
    void taiwanHongKongMacaoAndTheOuterProvincesAreProvinces(String raw, String prefix) {
        assertTrue(parse(raw).divisionCode().startsWith(prefix));
    }

    @Test
    void oddSequenceIsMaleEvenIsFemale() {
        assertEquals(Gender.MALE, parse("360102190001010017").gender());       // sequence 001
        assertEquals(Gender.FEMALE, parse("360102200002290029").gender());     // sequence 002
    }

    @ParameterizedTest
    @ValueSource(strings = {
            " 11010519491231002X ", "110105 19491231 002X", "1101 0519 4912 3100 2X", "11010519491231002x",
            "\t11010519491231002X\n", "\u300011010519491231002X\u3000", "\uFEFF11010519491231002X",
            "１１０１０５１９４９１２３１００２Ｘ", "１１０１０５１９４９１２３１００２ｘ", "110105\u00A019491231002X"})
    void whatPeopleTypeIsNormalised(String raw) {
        assertEquals("11010519491231002X", parse(raw).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u3000\u3000"})
    void blankIsRefused(String raw) {
        assertEquals("registry.residentId.blank", refusal(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105491231002", "１１０１０５４９１２３１００２", "110105 491231 002"})
    void fifteenDigitOldNumbersAreRefusedWithTheirOwnMessage(String raw) {
        assertEquals("registry.residentId.fifteenDigits", refusal(raw));
    }

    @ParameterizedTest
    @CsvSource({"1101051949123100, 16", "11010519491231002, 17", "11010519491231002X1, 19",
            "11010549123100X, 15", "1, 1"})
    void otherLengthsAreRefusedWithTheLength(String raw, int length) {
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class, () -> parse(raw));
        assertEquals("registry.residentId.length", e.messageKey());
        assertEquals(List.of(length), List.of(e.arguments()));
    }

    @ParameterizedTest
    @CsvSource({"X1010519491231002X, 1", "1101051949123100AX, 17", "11010519491231O02X, 15",
            "1101x519491231002X, 5", "110105-9491231002X, 7"})
    void aNonDigitInTheFirstSeventeenIsRefusedWithItsPosition(String raw, int position) {
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class, () -> parse(raw));
        assertEquals("registry.residentId.nonDigit", e.messageKey());
        assertEquals(List.of(position), List.of(e.arguments()));
        BundleFiles.assertErrorDefined(e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002Y", "11010519491231002A", "11010519491231002*"})
    void theEighteenthCharacterIsADigitOrX(String raw) {
        assertEquals("registry.residentId.lastCharacter", refusal(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "19", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66",
            "70", "72", "80", "83", "90", "99"})
    void codesThatAreNoProvinceAreRefused(String prefix) {
        assertEquals("registry.residentId.province", refusal(prefix + "0102199003071236"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19490230", "19491301", "19490001", "19490100", "19490432", "19010229", "19000229",
            "20230229"})
    void impossibleBirthDatesAreRefused(String date) {
        assertEquals("registry.residentId.birthDateInvalid", refusal("110105" + date + "0021"));
    }

    @Test
    void leapDaysOfLeapYearsAreBirthDates() {
        // 2000 is a leap year (divisible by 400); 3·7+6·9+0+1·5+0+2·4+2·2+0+0+0+0+2·9+2·10+9·5+0+0+2·2 = 179,
        // 179 mod 11 = 3 → 9
        assertEquals(LocalDate.of(2000, 2, 29), parse("360102200002290029").birthDate());
    }

    @Test
    void birthDatesBefore1900AreRefusedAndNewYear1900IsAccepted() {
        // the standard's second example, check digit valid (sum 195, mod 11 = 8 → 4), born 1880
        assertEquals("registry.residentId.birthDateTooEarly", refusal("440524188001010014"));
        assertEquals("registry.residentId.birthDateTooEarly", refusal("360102189912310017"));
        assertEquals(LocalDate.of(1900, 1, 1), parse("360102190001010017").birthDate());
    }

    @Test
    void birthDatesAfterTodayAreRefusedAndTodayIsAccepted() {
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class,
                () -> ResidentId.parse("360102202406010029", TODAY.minusDays(1)));
        assertEquals("registry.residentId.birthDateInFuture", e.messageKey());
        BundleFiles.assertErrorDefined(e.messageKey());
        assertEquals(TODAY, ResidentId.parse("360102202406010029", TODAY).birthDate());
    }

    @Test
    void parseWithoutADateComparesWithTheRealToday() {
        assertEquals(LocalDate.of(1990, 3, 7), ResidentId.parse("360102199003071236").birthDate());
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class,
                () -> ResidentId.parse("360102299912310010"));
        assertEquals("registry.residentId.birthDateInFuture", e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "110105194912310020", "360102199003071235", "36010219900307123X",
            "360102199003071263"})
    void aWrongCheckCharacterIsRefused(String raw) {
        assertEquals("registry.residentId.checkCharacter", refusal(raw));
    }

    @Test
    void checkCharacterWantsExactlySeventeenAsciiDigits() {
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter(null));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter("110105194912310021"));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter("1101051949123100X"));
        assertThrows(IllegalArgumentException.class, () -> ResidentId.checkCharacter("１１０１０５１９４９１２３１００２"));
    }

    @Test
    void equalityIsByTheNormalisedValue() {
        ResidentId typed = parse("11010519491231002x");
        ResidentId pasted = parse("１１０１０５ １９４９１２３１ ００２Ｘ");
        assertEquals(typed, pasted);
        assertEquals(typed.hashCode(), pasted.hashCode());
        assertNotEquals(typed, parse("360102199003071236"));
        assertNotEquals(typed, "11010519491231002X");
    }

    @Test
    void toStringIsTheMaskedFormNeverTheFullNumber() {
        ResidentId id = parse("360102199003071236");
        assertEquals("360***********1236", id.toString());
        assertFalse(id.toString().contains("19900307"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"360102199003071235", "360102199002301236", "36010219900307123", "3601021990030712A6",
            "190102199003071236"})
    void refusalsDoNotRepeatTheNumber(String raw) {
        InvalidResidentIdException e = assertThrows(InvalidResidentIdException.class, () -> parse(raw));
        assertFalse(e.getMessage().contains("19900"), e.getMessage());
        for (Object argument : e.arguments()) {
            assertFalse(String.valueOf(argument).length() > 2, "argument " + argument);
        }
    }
}
