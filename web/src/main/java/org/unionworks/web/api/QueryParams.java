package org.unionworks.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.shared.model.ChinaTime;

/**
 * Query parameters read strictly, from their text: JAX-RS itself answers an unconvertible query
 * parameter with 404 and reads {@code desc=yes} as false; here a malformed value is a 400 that
 * says which parameter and what it takes. Blank means "not given".
 */
final class QueryParams {


    private QueryParams() {
    }

    static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static <E extends Enum<E>> E constant(String parameter, String raw, Class<E> type) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("api.parameter.oneOf", parameter, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static int integer(String parameter, String raw, int absent, int min, int max) {
        String value = text(raw);
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        throw new InvalidParameterException("api.parameter.integer", parameter, String.valueOf(min),
                String.valueOf(max));
    }

    static Long id(String parameter, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameterException("api.parameter.id", parameter);
    }

    static LocalDate date(String parameter, String raw) {
        String value = text(raw);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("api.parameter.date", parameter);
        }
    }

    static boolean flag(String parameter, String raw) {
        String value = text(raw);
        if (value == null || "false".equalsIgnoreCase(value)) {
            return false;
        }
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        throw new InvalidParameterException("api.parameter.flag", parameter);
    }

    /** An instant: ISO-8601 with an offset (2026-01-01T08:00:00+08:00), or a date meaning its start in China. */
    static OffsetDateTime instant(String parameter, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime()
                    : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("api.parameter.instant", parameter);
        }
    }

    /** A GB/T 2260 division code (six digits of a real province, nation 100000). */
    static DivisionCode division(String parameter, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        if (!DivisionCode.isValid(value)) {
            throw new InvalidParameterException("api.parameter.division", parameter);
        }
        return DivisionCode.of(value);
    }

    static long nonNegative(String parameter, String raw) {
        String value = text(raw);
        if (value == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidParameterException("api.parameter.nonNegative", parameter);
    }
}
