package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.shared.model.DomainException;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812341234", "138 1234 1234", "138-1234-1234", " 13812341234\t", "138 - 1234 - 1234",
            "+8613812341234", "+86 138 1234 1234", "+86-138-1234-1234", "0086 13812341234", "008613812341234",
            "8613812341234", "86 138 1234 1234"})
    void acceptsAMobileHoweverItIsWritten(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertEquals("13812341234", phone.value());
        assertTrue(phone.isMobile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678",
            "18812345678", "19912345678"})
    void acceptsEverySecondDigitFromThreeToNine(String raw) {
        assertEquals(raw, PhoneNumber.parse(raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10012345678", "11812341234", "12812341234", "1381234123", "138123412345",
            "138l2341234", "１３８１２３４１２３４", "+85213812341234", "+86+8613812341234", "0013812341234",
            "13812341234x", "138.1234.1234", "-", "+86", "0086", "86"})
    void rejectsWhatIsNoMobileAndNoLandline(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse(raw));
        assertEquals("registry.phone.invalid", e.messageKey());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0791-86123456, 0791-86123456",
            "079186123456, 0791-86123456",
            "0791 8612 3456, 0791-86123456",
            "079-186123456, 0791-86123456",
            "0791-8612345, 0791-8612345",
            "010-62345678, 010-62345678",
            "01062345678, 010-62345678",
            "021-5123456, 021-5123456",
            "029 88123456, 029-88123456",
            "0755-23456789, 0755-23456789",
            "+86 791 86123456, 0791-86123456",
            "+86 10 62345678, 010-62345678",
            "+86 010 62345678, 010-62345678",
            "0086 791 86123456, 0791-86123456"})
    void normalisesALandlineToAreaCodeDashNumber(String raw, String expected) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertEquals(expected, phone.value());
        assertFalse(phone.isMobile());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "86123456",          // no area code
            "791-86123456",      // area code without its trunk 0, dialled domestically
            "0791-1234567",      // local numbers never begin with 1
            "0791-0612345",      // ... nor with 0
            "0791-861234",       // six digits
            "0791-861234567",    // nine digits
            "011-62345678",      // 01x other than 010 is not assigned
            "0100-62345678",     // Beijing's code has three digits
            "86 0791 86123456",  // a bare 86 is a country code only in front of a mobile
            "(0791)86123456"})
    void rejectsMalformedLandlines(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse(raw));
        assertEquals("registry.phone.invalid", e.messageKey());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void aMissingNumberIsBlankNotInvalid(String raw) {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse(raw));
        assertEquals("registry.phone.blank", e.messageKey());
    }

    @Test
    void noMessageRepeatsTheNumber() {
        DomainException e = assertThrows(DomainException.class, () -> PhoneNumber.parse("1381234123"));
        assertFalse(e.getMessage().contains("1381234123"));
        assertFalse(e.getMessage().contains("1234"));
        assertEquals(0, e.arguments().length);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "13812341234, 138****1234",
            "19900001111, 199****1111",
            "0791-86123456, 0791-****3456",
            "010-62345678, 010-****5678",
            "021-5123456, 021-****3456",
            "0791-8612345, 0791-****2345"})
    void masksTheMiddle(String raw, String masked) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertEquals(masked, phone.masked());
        assertEquals(masked, phone.toString());
    }

    @Test
    void toStringNeverShowsTheWholeNumber() {
        assertFalse(PhoneNumber.parse("13812341234").toString().contains("13812341234"));
        assertFalse(PhoneNumber.parse("0791-86123456").toString().contains("86123456"));
    }

    @Test
    void equalityIsByTheNormalisedValue() {
        assertEquals(PhoneNumber.parse("138 1234 1234"), PhoneNumber.parse("+86 13812341234"));
        assertEquals(PhoneNumber.parse("138 1234 1234").hashCode(), PhoneNumber.parse("+86 13812341234").hashCode());
        assertEquals(PhoneNumber.parse("079186123456"), PhoneNumber.parse("+86 791 8612 3456"));
        assertNotEquals(PhoneNumber.parse("13812341234"), PhoneNumber.parse("13812341235"));
        assertNotEquals(PhoneNumber.parse("0791-86123456"), PhoneNumber.parse("0792-86123456"));
        assertNotEquals(PhoneNumber.parse("13812341234"), "13812341234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 138-1234-1234", "0791 86123456", "+86 10 62345678"})
    void theNormalisedValueParsesToItself(String raw) {
        PhoneNumber phone = PhoneNumber.parse(raw);
        assertEquals(phone, PhoneNumber.parse(phone.value()));
        assertEquals(phone.value(), PhoneNumber.parse(phone.value()).value());
    }
}
