package org.unionworks.organization.model;

import java.util.Arrays;
import java.util.Locale;
import org.unionworks.shared.model.CodeText;

/**
 * Unified Social Credit Code of GB 32100-2015, the one identifier of every legal person and
 * other organisation since 2015: registration authority (1), organisation type (1), division
 * code (6), organisation code of GB 11714 (9), check character (1). Unions register with the
 * trade union authority {@code 8}; grassroots unions start {@code 81}.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    /** The registration authority of trade unions. */
    public static final char UNION_AUTHORITY = '8';

    /** GB 32100 leaves out I, O, S, V and Z, which are easily mistaken for 1, 0, 5, U and 2. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] VALUE_OF = new int[128];

    static {
        Arrays.fill(VALUE_OF, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE_OF[ALPHABET.charAt(i)] = i;
        }
    }

    private final String value;

    private CreditCode(String value) {
        this.value = value;
    }

    /**
     * Removes spaces, folds full-width forms, upper-cases, and refuses anything GB 32100 does
     * not allow, each reason with its own message key.
     *
     * @throws InvalidCreditCodeException with a key {@code organization.creditCode.*}
     */
    public static CreditCode parse(String raw) {
        String code = CodeText.compact(raw).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidCreditCodeException("blank", "Credit code is blank");
        }
        if (code.length() != LENGTH) {
            throw new InvalidCreditCodeException("length",
                    "Credit code has " + code.length() + " characters, 18 expected", code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (valueOf(code.charAt(i)) < 0) {
                throw new InvalidCreditCodeException("characters",
                        "Credit code character " + (i + 1) + " is outside the GB 32100 alphabet", i + 1);
            }
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            throw new InvalidCreditCodeException("checkCharacter", "Credit code fails its check character");
        }
        return new CreditCode(code);
    }

    /**
     * The GB 32100 check character of the first 17 characters: {@code (31 − Σ vᵢ·wᵢ mod 31) mod 31}
     * mapped back into the alphabet.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int v = valueOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character " + (i + 1) + " is outside the GB 32100 alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of the first eight characters of an organisation code
     * (digits, and letters worth 10 for A to 35 for Z): {@code 11 − Σ vᵢ·wᵢ mod 11}, 10 written X
     * and 11 written 0. Characters 9 to 17 of a credit code are such a code.
     *
     * @throws IllegalArgumentException unless {@code first8} is eight ASCII digits or upper-case letters
     */
    public static char organisationCodeCheckCharacter(String first8) {
        if (first8 == null || first8.length() != ORGANISATION_CODE_WEIGHTS.length) {
            throw new IllegalArgumentException("8 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < ORGANISATION_CODE_WEIGHTS.length; i++) {
            char c = first8.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("character " + (i + 1) + " is no digit or upper-case letter");
            }
            sum += v * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int valueOf(char c) {
        return c < VALUE_OF.length ? VALUE_OF[c] : -1;
    }

    public String value() {
        return value;
    }

    /** Character 1: who registered the organisation (1 organisation departments, 5 civil affairs, 8 unions, 9 market regulation…). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Character 2: the kind of organisation within its authority (for unions 1 is a grassroots union). */
    public char organisationType() {
        return value.charAt(1);
    }

    /** Characters 3 to 8: the division code of the registering authority. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    /** Characters 9 to 17: the GB 11714 organisation code. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    public boolean isUnion() {
        return registrationAuthority() == UNION_AUTHORITY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The code itself: credit codes of organisations are public registration data. */
    @Override
    public String toString() {
        return value;
    }
}
