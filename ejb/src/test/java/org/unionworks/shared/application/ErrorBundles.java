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

/** The two files of the errors bundle, read as UTF-8 the way ResourceBundle reads them. */
public final class ErrorBundles {

    public static final String CHINESE = "/org/unionworks/i18n/errors.properties";
    public static final String ENGLISH = "/org/unionworks/i18n/errors_en.properties";

    private ErrorBundles() {
    }

    public static Properties load(String resource) {
        try (InputStream in = ErrorBundles.class.getResourceAsStream(resource)) {
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

    /** Fails unless {@code key} has a non-blank text in Chinese and in English. */
    public static void assertDefined(String key) {
        for (String resource : List.of(CHINESE, ENGLISH)) {
            String text = load(resource).getProperty(key);
            assertTrue(text != null && !text.isBlank(), key + " has no text in " + resource);
        }
    }
}
