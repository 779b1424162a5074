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

    /**
     * Keys the code raises (domain exceptions in ejb/) or shows (Messages calls here) must have a
     * text in both languages, in the portal bundle or the services' errors bundle the portal
     * falls back to. Otherwise the clerk sees the bare key.
     */
    @Test
    void everyKeyTheCodeRaisesOrShowsHasATextInBothLanguages() throws IOException {
        Properties zh = load(BASE + ".properties");
        Properties en = load(BASE + "_en.properties");
        zh.putAll(load("org/unionworks/i18n/errors.properties"));
        en.putAll(load("org/unionworks/i18n/errors_en.properties"));
        Pattern raised = Pattern.compile("(?:Exception|Messages\\.(?:error|info|text))\\(\\s*\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (Path root : java.util.List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = raised.matcher(Files.readString(source));
                    while (m.find()) {
                        found++;
                        if (!zh.containsKey(m.group(1)) || !en.containsKey(m.group(1))) {
                            missing.add(source.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(found > 100, "the pattern still finds the keys (" + found + ")");
        assertEquals(Set.of(), missing);
    }

    /** A text with placeholders goes through MessageFormat, where a lone apostrophe swallows the rest. */
    @Test
    void textsWithPlaceholdersKeepTheirApostrophes() throws IOException {
        Set<String> broken = new TreeSet<>();
        for (String name : java.util.List.of(BASE + ".properties", BASE + "_en.properties")) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.matches("(?s).*\\{\\d.*") && pattern.replace("''", "").contains("'")) {
                    broken.add(name + " " + key);
                }
            }
        }
        assertEquals(Set.of(), broken);
    }
}
