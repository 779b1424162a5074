package org.unionworks.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternsTest {

    /**
     * The backslash is escaped first: a backslash typed before % must not turn the escaped %
     * back into a wildcard ({@code \%} becomes {@code \\\%}, not {@code \\%}).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "50%          | 50\\%",
            "a_b          | a\\_b",
            "%_%          | \\%\\_\\%",
            "c:\\dir      | c:\\\\dir",
            "\\%          | \\\\\\%",
            "南昌 [x] *?' | 南昌 [x] *?'"})
    void escapesTheWildcardsAndTheEscapeCharacter(String text, String escaped) {
        assertEquals(escaped, LikePatterns.escape(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "  Foo_Bar |%foo\\_bar%",
            "100%|%100\\%%",
            "I|%i%"})
    void containsIgnoreCaseStripsLowersEscapesAndWraps(String text, String pattern) {
        assertEquals(pattern, LikePatterns.containsIgnoreCase(text));
    }

    @Test
    void theEscapeClauseNamesTheBackslash() {
        assertEquals(" ESCAPE '\\'", LikePatterns.ESCAPE_CLAUSE);
    }
}
