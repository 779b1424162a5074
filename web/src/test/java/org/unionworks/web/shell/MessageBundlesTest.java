package org.unionworks.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every portal string exists in Chinese and English, and every key a page uses exists. */
class MessageBundlesTest {

    private static final String BASE = "org/unionworks/web/messages";

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load(BASE + ".properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load(BASE + "_en.properties").stringPropertyNames());
        assertEquals(zh, en);
        assertTrue(zh.size() > 50);
    }

    @Test
    void chineseIsWhatAChineseLocaleGetsEvenOnAnEnglishServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            assertEquals("工作台", ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.SIMPLIFIED_CHINESE)
                    .getString("dashboard.title"));
            assertEquals("Dashboard", ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.ENGLISH)
                    .getString("dashboard.title"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Properties zh = load(BASE + ".properties");
        Pattern used = Pattern.compile("msg\\['([^']+)'\\]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(page.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
