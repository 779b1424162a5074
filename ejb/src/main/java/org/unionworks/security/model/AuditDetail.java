package org.unionworks.security.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The detail of an audit row is stored language-neutral, as a label key and its arguments
 * ({@code wrongPassword|5}), and shown in the reader's language from the labels bundle
 * ({@code auditDetail.wrongPassword}). Arguments are ids, counts, codes and role names, never
 * personal data values.
 */
public final class AuditDetail {

    private static final String SEPARATOR = "|";
    private static final String KEY_PREFIX = "auditDetail.";
    private static final String LABEL_MARK = "#";

    private AuditDetail() {
    }

    /**
     * An argument that the reader sees in their own language: label keys, rendered from the
     * labels bundle and joined with a list separator ({@code #field.fullName,#field.phone}).
     */
    public static String labels(Collection<String> labelKeys) {
        return labelKeys.stream().map(k -> LABEL_MARK + k).collect(Collectors.joining(","));
    }

    public static String of(String key, Object... arguments) {
        if (arguments.length == 0) {
            return key;
        }
        return key + SEPARATOR + Arrays.stream(arguments)
                .map(a -> String.valueOf(a).replace(SEPARATOR, "/"))
                .collect(Collectors.joining(SEPARATOR));
    }

    /** The stored detail in the bundle's language; text without a known key is shown as it is. */
    public static String render(String stored, ResourceBundle labels) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String[] parts = stored.split("\\|", -1);
        try {
            String pattern = labels.getString(KEY_PREFIX + parts[0]);
            Locale locale = labels.getLocale() == null || labels.getLocale().toString().isEmpty()
                    ? Locale.SIMPLIFIED_CHINESE : labels.getLocale();
            Object[] args = Arrays.stream(Arrays.copyOfRange(parts, 1, parts.length))
                    .map(a -> a.startsWith(LABEL_MARK) ? resolveLabels(a, labels, locale) : a)
                    .toArray();
            return new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return stored;
        }
    }

    private static String resolveLabels(String argument, ResourceBundle labels, Locale locale) {
        String separator = Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
        return Arrays.stream(argument.split(","))
                .map(token -> token.startsWith(LABEL_MARK) ? token.substring(1) : token)
                .map(key -> labels.containsKey(key) ? labels.getString(key) : key)
                .collect(Collectors.joining(separator));
    }
}
