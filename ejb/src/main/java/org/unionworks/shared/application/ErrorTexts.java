package org.unionworks.shared.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Rule messages ({@code org.unionworks.i18n.errors}) in a reader's language, for texts the services write
 * themselves (import error reports) and for the portal's messages. An argument of the form {@code #key} is a
 * label of the labels bundle (a status, a field name) and is shown in the same language.
 */
public final class ErrorTexts {

    public static final String BUNDLE = "org.unionworks.i18n.errors";
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private ErrorTexts() {
    }

    /** The pattern for the key, or null if the bundle has none. */
    public static String pattern(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The message, or the key itself if the bundle has none (visible, never an exception). */
    public static String format(Locale locale, String key, Object... args) {
        String pattern = pattern(key, locale);
        return pattern == null ? key : format(pattern, locale, args);
    }

    /**
     * A message whose arguments were stored as text (a refused file's reason kept with its job): whole numbers
     * become numbers again, so that patterns like {@code {0,number,#}} still apply.
     */
    public static String formatStored(Locale locale, String key, List<String> storedArgs) {
        return format(locale, key, storedArgs.stream()
                .map(a -> WHOLE_NUMBER.matcher(a).matches() ? (Object) Long.valueOf(a) : a).toArray());
    }

    /** Fills a pattern, resolving {@code #key} arguments through the labels bundle. */
    public static String format(String pattern, Locale locale, Object... args) {
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = args.clone();
        ResourceBundle labels = null;
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof String s && s.length() > 1 && s.charAt(0) == '#') {
                labels = labels == null ? Labels.bundle(locale) : labels;
                resolved[i] = labels.containsKey(s.substring(1)) ? labels.getString(s.substring(1)) : s;
            }
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ErrorTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
