package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ErrorsBundleTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Properties zh = BundleFiles.load(BundleFiles.CHINESE_ERRORS);
        Properties en = BundleFiles.load(BundleFiles.ENGLISH_ERRORS);
        assertFalse(zh.isEmpty());
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    /**
     * Messages are rendered with MessageFormat: a lone apostrophe would swallow the rest of the
     * text and its placeholders ("parent's area {1}" prints "parents area {1}").
     */
    @Test
    void everyMessageRendersItsPlaceholdersAndKeepsItsApostrophes() {
        // numbers suit both {0} and {0,number,#}
        Object[] arguments = {1201, 1202, 1203, 1204, 1205};
        List<String> broken = new ArrayList<>();
        for (String resource : List.of(BundleFiles.CHINESE_ERRORS, BundleFiles.ENGLISH_ERRORS)) {
            Properties messages = BundleFiles.load(resource);
            for (String key : messages.stringPropertyNames()) {
                String pattern = messages.getProperty(key);
                String rendered = new MessageFormat(pattern, Locale.ROOT).format(arguments);
                if (rendered.contains("{") || pattern.replace("''", "").contains("'")) {
                    broken.add(resource + " " + key);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theCheckAboveCatchesALoneApostrophe() {
        String pattern = "lies outside the parent's area {0}";
        assertTrue(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"X"}).contains("{0}"));
    }

    @Test
    void assertDefinedFailsForAMissingKey() {
        assertThrows(AssertionError.class, () -> BundleFiles.assertErrorDefined("no.such.key"));
    }
}
