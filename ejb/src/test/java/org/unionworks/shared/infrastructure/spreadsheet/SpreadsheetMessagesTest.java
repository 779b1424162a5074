package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The refusals a clerk can meet are explained in both languages, with the same placeholders. */
class SpreadsheetMessagesTest {

    private static final Set<String> KEYS = Set.of("import.file.empty", "import.file.tooLarge", "import.file.csv",
            "import.file.markup", "import.file.xls", "import.file.encrypted", "import.file.notXlsx",
            "import.file.macros", "import.file.zipBomb", "import.file.tooComplex", "import.file.xmlEntity",
            "import.file.corrupt", "import.file.wrongHeader", "import.file.unexpectedColumn",
            "import.file.emptySheet", "import.file.tooManyRows", "import.file.tooMuchText");

    @Test
    void bothBundlesExplainExactlyTheseRefusals() {
        assertEquals(new TreeSet<>(KEYS), importKeys(Rejections.bundle(Rejections.CHINESE)));
        assertEquals(new TreeSet<>(KEYS), importKeys(Rejections.bundle(Rejections.ENGLISH)));
    }

    @Test
    void chineseAndEnglishTakeTheSameArgumentsAndRenderCompletely() {
        Properties chinese = Rejections.bundle(Rejections.CHINESE);
        Properties english = Rejections.bundle(Rejections.ENGLISH);
        Object[] sample = {"C", "身份证号", "身份证"};
        for (String key : KEYS) {
            MessageFormat zh = new MessageFormat(chinese.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            MessageFormat en = new MessageFormat(english.getProperty(key), Locale.ENGLISH);
            assertEquals(zh.getFormatsByArgumentIndex().length, en.getFormatsByArgumentIndex().length, key);
            String rendered = zh.format(sample);
            assertFalse(rendered.contains("{") || rendered.contains("}"), key + ": " + rendered);
            assertTrue(rendered.codePoints().anyMatch(
                    c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key + " is Chinese");
            assertFalse(en.format(sample).contains("{"), key);
        }
    }

    private static Set<String> importKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("import.file."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
