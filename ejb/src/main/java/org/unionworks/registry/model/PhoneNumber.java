package org.unionworks.registry.model;

import java.util.regex.Pattern;
import org.unionworks.shared.model.DomainException;

/**
 * A mainland China telephone number: a mobile ({@code 13812341234}) or a landline with its
 * area code ({@code 0791-86123456}). Rosters arrive typed by hand, so {@link #parse} tolerates
 * spaces, dashes and a country prefix; the normalised {@link #value()} is what gets encrypted
 * and blind-indexed, so two spellings of one number find the same person.
 * <p>
 * A phone number is personal information (PIPL art. 51): {@link #toString()} is masked, and
 * no message of this class repeats the input.
 */
public final class PhoneNumber {

    public static final String BLANK = "registry.phone.blank";
    public static final String INVALID = "registry.phone.invalid";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /**
     * Area codes have three digits for Beijing (010) and the 02x cities, four digits everywhere
     * else, so the split needs no dash. Local numbers never begin with 0 or 1 (those lead to
     * trunk and service prefixes).
     */
    private static final Pattern LANDLINE = Pattern.compile("(010|02\\d|0[3-9]\\d{2})([2-9]\\d{6,7})");

    private final String value;
    private final boolean mobile;

    private PhoneNumber(String value, boolean mobile) {
        this.value = value;
        this.mobile = mobile;
    }

    /**
     * Reads a number as people write it: {@code 138 1234 1234}, {@code +86 138-1234-1234},
     * {@code 0086 13812341234}, {@code 8613812341234}, {@code 0791-86123456}, {@code 079186123456},
     * {@code +86 791 86123456}.
     *
     * @throws DomainException {@value #BLANK} when nothing is given, {@value #INVALID} otherwise
     */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException(BLANK, "Phone number is blank");
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        boolean international = compact.startsWith("+86") || compact.startsWith("0086");
        String national = compact.startsWith("+86") ? compact.substring(3)
                : compact.startsWith("0086") ? compact.substring(4)
                : compact;
        if (!DIGITS.matcher(national).matches()) {
            throw invalid();
        }
        // a bare "86" is a country code only in front of a mobile: "86" plus a local landline
        // number is eight digits long and could be a number without its area code
        if (!international && national.length() == 13 && national.startsWith("86")
                && MOBILE.matcher(national.substring(2)).matches()) {
            national = national.substring(2);
        }
        if (MOBILE.matcher(national).matches()) {
            return new PhoneNumber(national, true);
        }
        // dialled from abroad, the area code drops its trunk prefix 0 (+86 791 ...)
        String landline = international && !national.startsWith("0") ? "0" + national : national;
        var match = LANDLINE.matcher(landline);
        if (!match.matches()) {
            throw invalid();
        }
        return new PhoneNumber(match.group(1) + "-" + match.group(2), false);
    }

    private static DomainException invalid() {
        return new DomainException(INVALID, "Phone number is neither a mainland mobile nor an area code plus local number");
    }

    /** {@code 13812341234} or {@code 0791-86123456}. */
    public String value() {
        return value;
    }

    public boolean isMobile() {
        return mobile;
    }

    /** {@code 138****1234}, or for a landline {@code 0791-****3456}: enough to recognise, not to call. */
    public String masked() {
        String lastFour = value.substring(value.length() - 4);
        if (mobile) {
            return value.substring(0, 3) + "****" + lastFour;
        }
        return value.substring(0, value.indexOf('-')) + "-****" + lastFour;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: a number must not leak into logs through string concatenation. */
    @Override
    public String toString() {
        return masked();
    }
}
