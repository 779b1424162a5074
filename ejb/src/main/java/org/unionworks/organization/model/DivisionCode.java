package org.unionworks.organization.model;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Six-digit administrative division code (GB/T 2260): two digits of province, two of city
 * (prefecture), two of county. Townships and streets carry the code of their county; finer
 * codes belong to other standards. {@code 100000} is the conventional code for bodies of
 * national scope, which GB/T 2260 itself does not list.
 */
public final class DivisionCode {

    public static final DivisionCode NATIONAL = new DivisionCode("100000");

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    /** Province-level prefixes of GB/T 2260 (incl. Taiwan, Hong Kong, Macao). */
    private static final Set<String> PROVINCE_PREFIXES = Set.of(
            "11", "12", "13", "14", "15",
            "21", "22", "23",
            "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46",
            "50", "51", "52", "53", "54",
            "61", "62", "63", "64", "65",
            "71", "81", "82");

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    public static DivisionCode of(String raw) {
        if (raw == null) {
            throw new InvalidDivisionCodeException("null");
        }
        String code = raw.strip();
        if (!isValid(code)) {
            throw new InvalidDivisionCodeException(code);
        }
        return NATIONAL.value.equals(code) ? NATIONAL : new DivisionCode(code);
    }

    public static boolean isValid(String code) {
        if (code == null || !SIX_DIGITS.matcher(code).matches()) {
            return false;
        }
        if (NATIONAL.value.equals(code)) {
            return true;
        }
        if (!isProvincePrefix(code.substring(0, 2))) {
            return false;
        }
        // a county part without a city part ("xx00yy") does not exist in GB/T 2260
        return !(code.startsWith("00", 2) && !code.startsWith("00", 4));
    }

    /** Whether two digits are the prefix of a GB/T 2260 province-level unit (national 10 is not). */
    public static boolean isProvincePrefix(String twoDigits) {
        return PROVINCE_PREFIXES.contains(twoDigits);
    }

    public String value() {
        return value;
    }

    public Level level() {
        if (this == NATIONAL || NATIONAL.value.equals(value)) {
            return Level.NATIONAL;
        }
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        if (value.endsWith("00")) {
            return Level.CITY;
        }
        return Level.COUNTY;
    }

    /** The province this code lies in, e.g. 360102 → 360000. */
    public DivisionCode province() {
        return level() == Level.NATIONAL ? this : new DivisionCode(value.substring(0, 2) + "0000");
    }

    /**
     * The division of {@code level} that this one lies in, itself at its own level; null where this code is coarser
     * (a province has no city) or national (it lies in no province). For every division {@code j} and code {@code d},
     * {@code j.contains(d)} exactly when {@code j.equals(d.at(j.level()))}: "within j" becomes an equality on a copy
     * of {@code d.at(j.level())}, which an index can walk in key order (the registry keeps one per level for each
     * professional's unit).
     */
    public DivisionCode at(Level level) {
        Level own = level();
        if (level == Level.NATIONAL) {
            return NATIONAL;
        }
        if (own == Level.NATIONAL || own.ordinal() < level.ordinal()) {
            return null;
        }
        return switch (level) {
            case PROVINCE -> province();
            case CITY -> own == Level.CITY ? this : new DivisionCode(value.substring(0, 4) + "00");
            default -> this;
        };
    }

    /** Whether {@code other} lies within this division (itself included). */
    public boolean contains(DivisionCode other) {
        return switch (level()) {
            case NATIONAL -> true;
            case PROVINCE -> other.value.startsWith(value.substring(0, 2)) && other.level() != Level.NATIONAL;
            case CITY -> other.value.startsWith(value.substring(0, 4)) && other.level().ordinal() >= Level.CITY.ordinal();
            case COUNTY -> other.value.equals(value);
        };
    }

    /**
     * Pattern for {@code division_code LIKE ?} that matches exactly the codes {@link #contains} accepts: every code
     * for the nation, the province's two digits, the city's four, the county's own six. Digits only, so nothing
     * needs escaping.
     */
    public String likePattern() {
        return switch (level()) {
            case NATIONAL -> "%";
            case PROVINCE -> value.substring(0, 2) + "%";
            case CITY -> value.substring(0, 4) + "%";
            case COUNTY -> value;
        };
    }

    public enum Level { NATIONAL, PROVINCE, CITY, COUNTY }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode d && d.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
