package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Message bundle files read as UTF-8, the way ResourceBundle reads them since Java 9. */
public final class BundleFiles {

    public static final String CHINESE_ERRORS = "/org/unionworks/i18n/errors.properties";
    public static final String ENGLISH_ERRORS = "/org/unionworks/i18n/errors_en.properties";

    private BundleFiles() {
    }

    public static Properties load(String resource) {
        try (InputStream in = BundleFiles.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless the errors bundle has a non-blank text for {@code key} in Chinese and in English. */
    public static void assertErrorDefined(String key) {
        for (String resource : List.of(CHINESE_ERRORS, ENGLISH_ERRORS)) {
            String text = load(resource).getProperty(key);
            assertTrue(text != null && !text.isBlank(), key + " has no text in " + resource);
        }
    }
}
