package org.unionworks.organization.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.DivisionCode.Level;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.shared.model.CodeText;
import org.unionworks.shared.model.DomainException;

/**
 * Reads a GB/T 2260 division catalogue as the Ministry of Civil Affairs publishes it each year
 * (县以上行政区划代码), copied from its web page or spreadsheet as text: one "code name" row a
 * line, code and name separated by tabs, spaces, full-width spaces or a comma; a remark column after the name is
 * ignored. The page title,
 * the column headings and notes are skipped; a row that starts like a code but is not one stops
 * the import with its line number, so that a damaged list is never half-loaded.
 */
public final class DivisionCatalogueParser {

    private static final String SPACE = "[\\s\\u3000\\u00A0]";
    private static final String SEPARATOR = "(?:" + SPACE + "+|" + SPACE + "*," + SPACE + "*)";
    /**
     * Code, name and, in some editions and spreadsheet copies, a remark column (a note such as "*" or "撤销"). A remark
     * that starts with a digit is refused: it is a second row run into the first by a lost line break.
     */
    private static final Pattern ROW = Pattern.compile("(\\d{6})" + SEPARATOR + "([^,\\s\\u3000\\u00A0]+)(?:"
            + SEPARATOR + "[^\\d,\\s\\u3000\\u00A0].*)?");

    /** A title starting with a year ("2023年…") is text; a row with five or more digits up front is meant as a code. */
    private static final int DIGITS_THAT_MAKE_A_ROW = 5;

    private DivisionCatalogueParser() {
    }

    /**
     * The entries in the order of the text. The caller opens the reader with the file's
     * encoding (UTF-8 for the published lists) and closes it.
     *
     * @throws DomainException {@code organization.divisionCatalogue.malformedLine} (line number),
     *                         {@code organization.divisionCatalogue.duplicateCode} (line number, code,
     *                         line of the first occurrence) or {@code organization.divisionCatalogue.empty}
     * @throws UncheckedIOException when the reader fails
     */
    public static List<DivisionEntry> parse(Reader reader) {
        Map<DivisionCode, String> names = new LinkedHashMap<>();
        Map<DivisionCode, Integer> lineOf = new HashMap<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            int lineNumber = 0;
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                lineNumber++;
                String line = trim(CodeText.foldFullWidth(raw));
                if (line.isEmpty() || !isMeantAsRow(line)) {
                    continue;
                }
                Matcher row = ROW.matcher(line);
                if (!row.matches() || !isCatalogueCode(row.group(1))) {
                    throw new DomainException("organization.divisionCatalogue.malformedLine",
                            "Line " + lineNumber + " is not a \"code name\" row of GB/T 2260", lineNumber);
                }
                DivisionCode code = DivisionCode.of(row.group(1));
                Integer first = lineOf.putIfAbsent(code, lineNumber);
                if (first != null) {
                    throw new DomainException("organization.divisionCatalogue.duplicateCode",
                            "Line " + lineNumber + " repeats code " + code + " of line " + first,
                            lineNumber, code.value(), first);
                }
                names.put(code, row.group(2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.isEmpty()) {
            throw new DomainException("organization.divisionCatalogue.empty", "No GB/T 2260 row in the text");
        }
        List<DivisionEntry> entries = new ArrayList<>(names.size());
        names.forEach((code, name) -> entries.add(new DivisionEntry(code, name, code.level(), parentOf(code, names))));
        return entries;
    }

    private static DivisionCode parentOf(DivisionCode code, Map<DivisionCode, String> listed) {
        return switch (code.level()) {
            case PROVINCE -> DivisionCode.NATIONAL;
            case CITY -> code.province();
            case COUNTY -> {
                DivisionCode city = DivisionCode.of(code.value().substring(0, 4) + "00");
                yield listed.containsKey(city) ? city : code.province();
            }
            case NATIONAL -> throw new IllegalStateException("national code in a catalogue");
        };
    }

    /** 100000 is this application's code for national bodies; GB/T 2260 itself has no such row. */
    private static boolean isCatalogueCode(String code) {
        return DivisionCode.isValid(code) && DivisionCode.of(code).level() != Level.NATIONAL;
    }

    /**
     * Whether a line is meant as a catalogue row: it starts with at least five digits, or its
     * first word is made of digits and Latin letters only ("3601O2", "36010"). Text lines such as
     * "2023年中华人民共和国县以上行政区划代码", "行政区划代码 单位名称" or "注：…" are not.
     */
    private static boolean isMeantAsRow(String line) {
        int digits = 0;
        while (digits < line.length() && isAsciiDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (digits >= DIGITS_THAT_MAKE_A_ROW) {
            return true;
        }
        for (int i = digits; i < line.length(); i++) {
            char c = line.charAt(i);
            if (CodeText.isSpace(c) || c == ',') {
                return true;
            }
            if (!isAsciiDigit(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Strips spaces of every kind, the byte-order mark of the first line among them. */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && CodeText.isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && CodeText.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }
}
