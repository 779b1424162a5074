package org.unionworks.shared.application;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Message bundles read as the application reads them: UTF-8, from the classpath. */
public final class BundleResources {

    private BundleResources() {
    }

    public static Properties load(String resource) {
        try (InputStream in = BundleResources.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the classpath");
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
