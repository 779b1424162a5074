package org.unionworks.security.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Password complexity for GB/T 22239-2019 level 3: at least {@code minLength} characters
 * drawn from at least {@code minCharacterClasses} of upper case, lower case, digits and
 * symbols, and not containing the user name. Violations come back as message-bundle keys.
 */
public final class PasswordPolicy {

    public static final int DEFAULT_MIN_LENGTH = 12;
    public static final int DEFAULT_MIN_CHARACTER_CLASSES = 3;
    private static final int MAX_LENGTH = 128;

    private final int minLength;
    private final int minCharacterClasses;

    public PasswordPolicy(int minLength, int minCharacterClasses) {
        if (minLength < 8 || minCharacterClasses < 1 || minCharacterClasses > 4) {
            throw new IllegalArgumentException("policy weaker than the floor: " + minLength + "/" + minCharacterClasses);
        }
        this.minLength = minLength;
        this.minCharacterClasses = minCharacterClasses;
    }

    public static PasswordPolicy standard() {
        return new PasswordPolicy(DEFAULT_MIN_LENGTH, DEFAULT_MIN_CHARACTER_CLASSES);
    }

    public List<String> violations(String username, char[] password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length < minLength) {
            problems.add("password.tooShort");
        }
        if (password != null && password.length > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        if (password != null && characterClasses(password) < minCharacterClasses) {
            problems.add("password.tooSimple");
        }
        if (password != null && username != null && !username.isBlank()
                && new String(password).toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        return problems;
    }

    public boolean accepts(String username, char[] password) {
        return violations(username, password).isEmpty();
    }

    public int minLength() {
        return minLength;
    }

    public int minCharacterClasses() {
        return minCharacterClasses;
    }

    private static int characterClasses(char[] password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (!Character.isWhitespace(c)) {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
