package org.unionworks.registry.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.shared.model.ChinaTime;
import org.unionworks.shared.model.CodeText;

/**
 * Citizen identity number of GB 11643-1999: six-digit division code where the person was first
 * registered, eight-digit birth date, three-digit sequence (odd for men, even for women) and an
 * ISO 7064 MOD 11-2 check character. Parsing cross-checks all of it, so a stored value always
 * yields a real birth date and gender.
 */
public final class ResidentId {

    public static final int LENGTH = 18;

    /** Birth dates before this are refused: no living person, and usually a typing error. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** "Today" of a resident ID is the date in China, whatever zone the server runs in. */

    private static final int OLD_LENGTH = 15;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int MASKED_STARS = 11;

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses against today's date in China. */
    public static ResidentId parse(String raw) {
        return parse(raw, LocalDate.now(ChinaTime.ZONE));
    }

    /**
     * Normalises what people type (spaces anywhere, full-width digits and letters, a lower-case
     * x) and refuses anything GB 11643-1999 does not allow, each reason with its own message key.
     *
     * @param today the date a birth date may not lie after
     * @throws InvalidResidentIdException with a key {@code registry.residentId.*}
     */
    public static ResidentId parse(String raw, LocalDate today) {
        String id = CodeText.compact(raw).replace('x', 'X');
        if (id.isEmpty()) {
            throw new InvalidResidentIdException("blank", "Resident ID is blank");
        }
        if (id.length() == OLD_LENGTH && allDigits(id, OLD_LENGTH)) {
            throw new InvalidResidentIdException("fifteenDigits",
                    "Resident ID has the 15 digits of the pre-1999 format; the 18-character form is required");
        }
        if (id.length() != LENGTH) {
            throw new InvalidResidentIdException("length",
                    "Resident ID has " + id.length() + " characters, 18 expected", id.length());
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(id.charAt(i))) {
                throw new InvalidResidentIdException("nonDigit",
                        "Resident ID character " + (i + 1) + " is not a digit", i + 1);
            }
        }
        char last = id.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new InvalidResidentIdException("lastCharacter", "Resident ID character 18 is neither a digit nor X");
        }
        if (!DivisionCode.isProvincePrefix(id.substring(0, 2))) {
            throw new InvalidResidentIdException("province", "Resident ID does not start with a province code");
        }
        LocalDate birthDate = birthDate(id);
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new InvalidResidentIdException("birthDateTooEarly", "Resident ID birth date is before 1900-01-01");
        }
        if (birthDate.isAfter(today)) {
            throw new InvalidResidentIdException("birthDateInFuture", "Resident ID birth date is after " + today);
        }
        if (checkCharacter(id.substring(0, LENGTH - 1)) != last) {
            throw new InvalidResidentIdException("checkCharacter", "Resident ID check character does not match");
        }
        return new ResidentId(id, birthDate);
    }

    /**
     * The ISO 7064 MOD 11-2 check character of the first 17 digits: the weighted sum modulo 11
     * picks one of 1 0 X 9 8 7 6 5 4 3 2.
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !allDigits(first17, LENGTH - 1)) {
            throw new IllegalArgumentException("17 ASCII digits expected");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    private static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id, 6, 10, 10), Integer.parseInt(id, 10, 12, 10),
                    Integer.parseInt(id, 12, 14, 10));
        } catch (DateTimeException e) {
            throw new InvalidResidentIdException("birthDateInvalid", "Resident ID digits 7-14 are not a calendar date");
        }
    }

    private static boolean allDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // Character.isDigit would also accept Arabic-Indic and other script digits
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The normalised 18 characters; personal data, show {@link #masked()} where the full value is not needed. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The six digits of the division where the person was first registered. A string, not a
     * {@code DivisionCode}: codes of counties since merged or renamed stay in IDs for life, and
     * the current catalogue need not know them.
     */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    /** The last four characters, which people use to confirm an ID without reading it out. */
    public String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /** First three and last four characters, the rest starred: 110***********123X. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(MASKED_STARS) + lastFour();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentId other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: a resident ID must not reach logs and messages in full. */
    @Override
    public String toString() {
        return masked();
    }
}
