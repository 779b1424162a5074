package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.function.Executable;
import org.unionworks.shared.application.BundleFiles;

/** Asserts a refusal, its key, and that the clerk will be able to read it in both languages. */
final class Rejections {

    static final String CHINESE = "/org/unionworks/i18n/errors.properties";
    static final String ENGLISH = "/org/unionworks/i18n/errors_en.properties";

    private Rejections() {
    }

    static SpreadsheetRejectedException assertRejected(String key, Executable action) {
        SpreadsheetRejectedException e = assertThrows(SpreadsheetRejectedException.class, action);
        assertEquals(key, e.messageKey(), () -> "refused for another reason: " + e.getMessage()
                + (e.getCause() == null ? "" : ", caused by " + e.getCause()));
        for (String bundle : new String[] {CHINESE, ENGLISH}) {
            assertNotNull(bundle(bundle).getProperty(key), () -> key + " missing in " + bundle);
        }
        return e;
    }

    static SpreadsheetRejectedException assertRejected(String key, Object[] arguments, Executable action) {
        SpreadsheetRejectedException e = assertRejected(key, action);
        assertArrayEquals(arguments, e.arguments(), () -> "arguments of " + key);
        return e;
    }

    static Properties bundle(String resource) {
        return BundleFiles.load(resource);
    }
}
