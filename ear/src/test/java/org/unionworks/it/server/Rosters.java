package org.unionworks.it.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.unionworks.it.support.ResidentIds;
import org.unionworks.registry.application.RosterColumn;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;

/** Roster files for the import tests: genuine ones written like the template, and hostile variants of them. */
final class Rosters {

    private Rosters() {
    }

    static String freshResidentId() {
        return ResidentIds.fresh("360102");
    }

    /** A valid row: a union staff member of the given unit (its drop-down entry), without a post. */
    static List<Object> person(String name, String residentId, String unitEntry) {
        return Arrays.asList(name, residentId, "13912345678", "大学本科毕业", "社会工作", "是", "",
                "工会社会工作专业人才", "工会机关及企事业单位人员", "", unitEntry, LocalDate.of(2021, 4, 1), "", "");
    }

    static List<String> chineseHeader() {
        ResourceBundle labels = Labels.bundle(Locale.CHINESE);
        return Arrays.stream(RosterColumn.values()).map(c -> labels.getString(c.labelKey())).toList();
    }

    static byte[] workbook(List<String> header, List<List<Object>> rows) {
        return workbook(header, rows, 1, 2, 9);
    }

    /** A one-sheet workbook with the given text columns (digits kept as typed). */
    static byte[] workbook(List<String> header, List<List<Object>> rows, int... textColumns) {
        try (SpreadsheetWriter writer = new SpreadsheetWriter();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.sheet("人员名册").textColumns(textColumns).header(header);
            rows.forEach(writer::row);
            writer.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] roster(List<List<Object>> rows) {
        return workbook(chineseHeader(), rows);
    }

    /** The same archive with entries replaced or added. */
    static byte[] rewrite(byte[] xlsx, Map<String, byte[]> changes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        // read through the central directory: SXSSF streams entries with sizes only in data descriptors
        try {
            Path copy = Files.createTempFile("roster-", ".xlsx");
            try (ZipFile zip = new ZipFile(Files.write(copy, xlsx).toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (var in = zip.getInputStream(e)) {
                        entries.put(e.getName(), in.readAllBytes());
                    }
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.putAll(changes);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
