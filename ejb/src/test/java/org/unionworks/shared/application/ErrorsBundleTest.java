package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PoliticalStatus;

class ErrorsBundleTest {

    private static final String CHINESE = "/org/unionworks/i18n/errors.properties";
    private static final String ENGLISH = "/org/unionworks/i18n/errors_en.properties";

    /** Every message key a domain class throws; a key added in code but not in the bundles shows up here. */
    private static final List<String> THROWN_KEYS = List.of(
            PhoneNumber.BLANK, PhoneNumber.INVALID, EducationLevel.UNKNOWN, PoliticalStatus.UNKNOWN);

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties zh = LabelsBundleTest.load(CHINESE);
        assertFalse(zh.isEmpty());
        assertEquals(new TreeSet<>(zh.stringPropertyNames()),
                new TreeSet<>(LabelsBundleTest.load(ENGLISH).stringPropertyNames()));
    }

    @Test
    void everyThrownKeyHasAMessageInBothLanguages() throws IOException {
        for (String resource : List.of(CHINESE, ENGLISH)) {
            Properties messages = LabelsBundleTest.load(resource);
            List<String> missing = THROWN_KEYS.stream()
                    .filter(k -> messages.getProperty(k) == null || messages.getProperty(k).isBlank())
                    .toList();
            assertEquals(List.of(), missing, "messages missing in " + resource);
        }
    }

    @Test
    void theBaseBundleIsChinese() throws IOException {
        Properties zh = LabelsBundleTest.load(CHINESE);
        assertEquals("请填写电话号码。", zh.getProperty("registry.phone.blank"));
        List<String> withoutChinese = zh.stringPropertyNames().stream()
                .filter(k -> zh.getProperty(k).codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .toList();
        assertEquals(List.of(), withoutChinese);
    }
}
