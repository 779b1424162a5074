package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * Decides whether an uploaded file may be handed to {@link StreamingSheetReader} at all, and if not, tells the clerk
 * why in terms they can act on.
 *
 * <p>Nothing the archive says about itself is believed: entries are counted wherever a central-directory record
 * could be found, and sizes and ratios are measured on the bytes actually inflated, stopping as soon as a limit is
 * passed. The archive is opened with the same zip reader POI uses (commons-compress), so what is inspected here is
 * what POI reads later.
 */
public final class WorkbookUploadGuard {

    private static final int HEAD_BYTES = 8192;
    private static final int BUFFER_BYTES = 64 * 1024;
    /** As in POI: tiny parts (an empty sheet, a theme) compress far better than 100:1 and are harmless. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    private static final byte[] CENTRAL_DIRECTORY_SIGNATURE = {0x50, 0x4B, 0x01, 0x02};
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    /** Entries are keyed by lower-case name. */
    private static final String CONTENT_TYPES_KEY = PackageContentTypes.PART_NAME.toLowerCase(Locale.ROOT);
    /** Parts POI reads whole (DOM, XMLBeans or a full list) instead of streaming. */
    private static final Set<String> IN_MEMORY_TYPES = Set.of(
            ContentTypes.CORE_PROPERTIES_PART, ContentTypes.RELATIONSHIPS_PART,
            XSSFRelation.STYLES.getContentType(), XSSFRelation.THEME.getContentType(),
            XSSFRelation.WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType());

    private final WorkbookLimits limits;

    public WorkbookUploadGuard(WorkbookLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @param file         the upload, already stored
     * @param declaredSize the size the client announced ({@code Part.getSize()}), or a negative number if unknown;
     *                     the larger of it and the stored size counts, so understating it gains nothing
     * @throws SpreadsheetRejectedException if the file must not be read, with the reason as message key
     * @throws UncheckedIOException         if the stored file itself cannot be read
     */
    public void inspect(Path file, long declaredSize) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new SpreadsheetRejectedException("import.file.empty", "Upload has no content");
        }
        if (Math.max(size, declaredSize) > limits.maxFileBytes()) {
            throw new SpreadsheetRejectedException("import.file.tooLarge",
                    "Upload of " + Math.max(size, declaredSize) + " bytes, limit " + limits.maxFileBytes(),
                    limits.maxFileMegabytes());
        }
        RawScan raw = scanRaw(file);
        switch (FileKind.of(raw.head(), raw.headLength())) {
            case ZIP -> inspectArchive(file, raw.centralDirectoryRecords());
            case OLE2 -> throw refuseCompoundDocument(file);
            case TEXT -> throw new SpreadsheetRejectedException("import.file.csv", "Plain text (CSV?) as workbook");
            case MARKUP -> throw new SpreadsheetRejectedException("import.file.markup", "HTML or XML as workbook");
            case OTHER -> throw new SpreadsheetRejectedException("import.file.notXlsx", "Neither zip nor text");
        }
    }

    private record RawScan(byte[] head, int headLength, long centralDirectoryRecords) {
    }

    /**
     * Reads the raw file once: its first bytes, and how many central-directory records it could hold. Counting
     * signatures bounds what any zip reader may list, however the end record lies, before one is allowed to build
     * its entry table in memory.
     */
    private static RawScan scanRaw(Path file) {
        byte[] head = new byte[HEAD_BYTES];
        int headLength = 0;
        long records = 0;
        int matched = 0;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                int copy = Math.min(n, HEAD_BYTES - headLength);
                System.arraycopy(buffer, 0, head, headLength, copy);
                headLength += copy;
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == CENTRAL_DIRECTORY_SIGNATURE[matched]) {
                        if (++matched == CENTRAL_DIRECTORY_SIGNATURE.length) {
                            records++;
                            matched = 0;
                        }
                    } else {
                        matched = b == CENTRAL_DIRECTORY_SIGNATURE[0] ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upload " + file, e);
        }
        return new RawScan(head, headLength, records);
    }

    /** Legacy .xls, an encrypted OOXML package (Excel puts those in an OLE2 container) or another Office file. */
    private static SpreadsheetRejectedException refuseCompoundDocument(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
                return new SpreadsheetRejectedException("import.file.encrypted", "Password-protected workbook");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new SpreadsheetRejectedException("import.file.xls", "Excel 97-2003 workbook");
            }
            return new SpreadsheetRejectedException("import.file.notXlsx", "OLE2 document that is no workbook");
        } catch (IOException | RuntimeException e) {
            return new SpreadsheetRejectedException(e, "import.file.corrupt", "Unreadable OLE2 document");
        }
    }

    private void inspectArchive(Path file, long centralDirectoryRecords) {
        if (centralDirectoryRecords > limits.maxEntries()) {
            throw new SpreadsheetRejectedException("import.file.zipBomb",
                    centralDirectoryRecords + " zip entries, limit " + limits.maxEntries());
        }
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Map<String, ZipArchiveEntry> entries = entriesByLowerCaseName(zip);
            ZipArchiveEntry contentTypesEntry = entries.get(CONTENT_TYPES_KEY);
            if (contentTypesEntry == null || !entries.containsKey(WORKBOOK_PART)) {
                throw new SpreadsheetRejectedException("import.file.notXlsx",
                        "Zip without " + PackageContentTypes.PART_NAME + " or " + WORKBOOK_PART);
            }
            if (entries.keySet().stream().anyMatch(WorkbookUploadGuard::isMacroPart)) {
                throw new SpreadsheetRejectedException("import.file.macros", "VBA project or macro sheet present");
            }
            Inflation inflation = new Inflation();
            PackageContentTypes types = PackageContentTypes.parse(inflation.read(zip, contentTypesEntry, null, true));
            if (types.declared().anyMatch(WorkbookUploadGuard::isMacroType)) {
                throw new SpreadsheetRejectedException("import.file.macros", "Macro-enabled content type declared");
            }
            String mainType = types.of(WORKBOOK_PART);
            if (mainType == null || !PackageContentTypes.SPREADSHEET_MAIN_TYPES.contains(mainType)) {
                throw new SpreadsheetRejectedException("import.file.notXlsx", "Main part has type " + mainType);
            }
            for (ZipArchiveEntry entry : entries.values()) {
                if (entry != contentTypesEntry) {
                    inflation.read(zip, entry, types.of(entry.getName()), false);
                }
            }
        } catch (SpreadsheetRejectedException e) {
            throw e;
        } catch (IOException | SAXException | RuntimeException e) {
            throw new SpreadsheetRejectedException(e, "import.file.corrupt", "Unreadable zip archive");
        }
    }

    /** At most as many as the signatures counted before: each entry listed starts with one. */
    private static Map<String, ZipArchiveEntry> entriesByLowerCaseName(ZipFile zip) {
        Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            // OPC part names ignore case; POI refuses a package naming one part twice
            if (entries.put(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
                throw new SpreadsheetRejectedException("import.file.corrupt", "Duplicate entry " + entry.getName());
            }
        }
        return entries;
    }


    private static boolean isMacroPart(String lowerCaseName) {
        return lowerCaseName.endsWith("vbaproject.bin") || lowerCaseName.startsWith("xl/macrosheets/");
    }

    private static boolean isMacroType(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("macrosheet");
    }

    private static boolean isXml(String name, String type) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels")
                || type != null && (type.endsWith("+xml") || type.endsWith("/xml"));
    }

    private static boolean isInMemory(String name, String type) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(CONTENT_TYPES_KEY) || lower.endsWith(".rels")
                || type != null && IN_MEMORY_TYPES.contains(type);
    }

    /** The inflated bytes of the whole archive so far, against the limits. */
    private final class Inflation {

        private long total;

        /**
         * Inflates one entry to the end, checking as it goes; returns its bytes only if asked to keep them.
         *
         * @param type the entry's declared media type, null if none (or not known yet)
         */
        byte[] read(ZipFile zip, ZipArchiveEntry entry, String type, boolean keep) throws IOException {
            if (entry.getGeneralPurposeBit().usesEncryption()) {
                throw new SpreadsheetRejectedException("import.file.encrypted",
                        "Encrypted zip entry " + entry.getName());
            }
            if (entry.getMethod() != ZipEntry.STORED && entry.getMethod() != ZipEntry.DEFLATED) {
                throw new SpreadsheetRejectedException("import.file.corrupt",
                        "Compression method " + entry.getMethod() + " of " + entry.getName());
            }
            XmlPartScanner scanner = isXml(entry.getName(), type) ? new XmlPartScanner(entry.getName()) : null;
            boolean inMemory = isInMemory(entry.getName(), type);
            ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream() : null;
            long inflated = 0;
            byte[] buffer = new byte[BUFFER_BYTES];
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    inflated += n;
                    total += n;
                    checkLimits(entry, in, inflated, inMemory);
                    if (scanner != null) {
                        scanner.accept(buffer, 0, n);
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, n);
                    }
                }
            }
            if (scanner != null) {
                scanner.finish();
            }
            return kept == null ? null : kept.toByteArray();
        }

        private void checkLimits(ZipArchiveEntry entry, InputStream in, long inflated, boolean inMemory) {
            if (total > limits.maxUncompressedBytes()) {
                throw new SpreadsheetRejectedException("import.file.zipBomb",
                        "Inflated more than " + limits.maxUncompressedBytes() + " bytes in total");
            }
            long compressed = in instanceof InputStreamStatistics statistics
                    ? statistics.getCompressedCount() : entry.getCompressedSize();
            if (inflated > RATIO_GRACE_BYTES && inflated > Math.max(compressed, 0) * limits.maxInflateRatio()) {
                throw new SpreadsheetRejectedException("import.file.zipBomb",
                        entry.getName() + " inflates more than " + limits.maxInflateRatio() + " times");
            }
            if (inMemory && inflated > limits.maxInMemoryPartBytes()) {
                throw new SpreadsheetRejectedException("import.file.tooComplex",
                        entry.getName() + " exceeds " + limits.maxInMemoryPartBytes() + " bytes");
            }
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read upload " + file, e);
        }
    }
}
