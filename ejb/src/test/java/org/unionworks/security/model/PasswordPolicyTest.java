package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy standard = PasswordPolicy.standard();

    private List<String> violations(String username, String password) {
        return standard.violations(username, password == null ? null : password.toCharArray());
    }

    @Test
    void standardIsTwelveCharactersFromThreeClasses() {
        assertEquals(12, standard.minLength());
        assertEquals(3, standard.minCharacterClasses());
    }

    @Test
    void elevenCharactersAreTooShortTwelveAreEnough() {
        assertEquals(List.of("password.tooShort"), violations("zhangsan", "Qwerty-2024"));
        assertEquals(List.of(), violations("zhangsan", "Qwerty-20245"));
        assertTrue(standard.accepts("zhangsan", "Qwerty-20245".toCharArray()));
    }

    @Test
    void twoCharacterClassesAreTooSimpleThreeAreEnough() {
        assertEquals(List.of("password.tooSimple"), violations("zhangsan", "qwertyuiop2024"));
        assertEquals(List.of("password.tooSimple"), violations("zhangsan", "QWERTYUIOP-!?"));
        assertEquals(List.of(), violations("zhangsan", "Qwertyuiop2024"));
        assertEquals(List.of(), violations("zhangsan", "qwertyuiop-2024"));
    }

    @Test
    void whitespaceIsNoCharacterClass() {
        assertEquals(List.of("password.tooSimple"), violations("zhangsan", "qwerty uiop 2024"));
    }

    @ParameterizedTest
    @CsvSource({"zhangsan, Xx-ZhangSan-2024", "ZhangSan, xx-zhangsan-2024", "li.si, My-LI.SI-pass-9"})
    void containingTheUsernameIsRefusedWhateverTheCase(String username, String password) {
        assertEquals(List.of("password.containsUsername"), violations(username, password));
    }

    @Test
    void aBlankUsernameIsNotSearchedFor() {
        assertEquals(List.of(), violations("  ", "Qwerty-20245 "));
        assertEquals(List.of(), violations(null, "Qwerty-20245"));
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String base = "Aa1-";
        assertFalse(violations("zhangsan", base.repeat(32)).contains("password.tooLong"));
        assertEquals(List.of("password.tooLong"), violations("zhangsan", base.repeat(32) + "x"));
    }

    @Test
    void aMissingPasswordIsTooShortAndNothingElse() {
        assertEquals(List.of("password.tooShort"), violations("zhangsan", null));
    }

    @Test
    void everyViolationIsReported() {
        assertEquals(List.of("password.tooShort", "password.tooSimple", "password.containsUsername"),
                violations("wangwu", "wangwu1"));
    }

    @Test
    void aConfiguredPolicyIsHonoured() {
        PasswordPolicy lenient = new PasswordPolicy(8, 2);
        assertTrue(lenient.accepts("zhangsan", "qwerty12".toCharArray()));
        assertFalse(lenient.accepts("zhangsan", "qwertyui".toCharArray()));
    }

    @Test
    void theConstructorRefusesPoliciesBelowTheFloor() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(7, 3));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(12, 0));
        assertThrows(IllegalArgumentException.class, () -> new PasswordPolicy(12, 5));
        assertEquals(8, new PasswordPolicy(8, 1).minLength());
        assertEquals(4, new PasswordPolicy(8, 4).minCharacterClasses());
    }
}
