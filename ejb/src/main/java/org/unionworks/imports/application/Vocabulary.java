package org.unionworks.imports.application;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.unionworks.shared.application.Labels;

/**
 * The words a coded column may hold: its drop-down labels in Chinese and in English (a sheet filled in on the
 * English portal still reads) and the value's code. Matching ignores spaces, full-width forms and case.
 */
public final class Vocabulary {

    /** The languages whose labels are understood. */
    public static final List<Locale> LANGUAGES = List.of(Locale.CHINESE, Locale.ENGLISH);

    private Vocabulary() {
    }

    /** Each value under its labels in every language and under its code. */
    public static <E> Map<String, E> words(List<E> values, Function<E, String> labelKey, Function<E, String> code) {
        Map<String, E> words = new HashMap<>();
        for (Locale language : LANGUAGES) {
            ResourceBundle labels = Labels.bundle(language);
            for (E value : values) {
                words.putIfAbsent(key(labels.getString(labelKey.apply(value))), value);
            }
        }
        for (E value : values) {
            words.putIfAbsent(key(code.apply(value)), value);
        }
        return Map.copyOf(words);
    }

    /** A cell's text as looked up: NFKC-folded, without spaces, upper-case. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(key::appendCodePoint);
        return key.toString().toUpperCase(Locale.ROOT);
    }
}
