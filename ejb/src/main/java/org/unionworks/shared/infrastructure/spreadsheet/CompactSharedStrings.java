package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table of a workbook, kept as UTF-8 bytes in 1 MiB pages plus one offset per entry, within a
 * byte budget.
 *
 * <p>Excel and WPS store every text cell here, so for a roster it holds most of the file's text, and it must be in
 * memory while the sheet is read. POI's {@code ReadOnlySharedStringsTable} keeps one {@code String} per entry:
 * about 52 bytes of heap for a two-character name, more than twice its 22 bytes of XML. Here the same name costs
 * 14 bytes (6 of UTF-8, 8 for its offset); no entry costs more than its XML plus 8 bytes. Text is read the way
 * {@code ReadOnlySharedStringsTable} reads it without phonetic runs: all {@code <t>} of an {@code <si>}, rich-text
 * runs joined, {@code <rPh>} (Japanese furigana) left out.
 */
final class CompactSharedStrings implements SharedStrings {

    private static final int PAGE_SHIFT = 20;
    private static final int PAGE_BYTES = 1 << PAGE_SHIFT;
    /** An offset, and room for the offsets array to double. */
    private static final int BYTES_PER_ENTRY = 8;
    private static final long MIB = 1024L * 1024L;

    private final long budget;
    private final List<byte[]> pages = new ArrayList<>();
    private int[] offsets = new int[1024];
    private int count;
    private long charged;

    private CompactSharedStrings(long budget) {
        if (budget > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Offsets are ints: budget must stay below 2 GiB, was " + budget);
        }
        this.budget = budget;
    }

    /** The package's shared strings, or an empty table if it has none (every text cell is inline then). */
    static CompactSharedStrings read(OPCPackage pkg, long budget) throws IOException, SAXException {
        CompactSharedStrings table = new CompactSharedStrings(budget);
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                SecureSax.newReader(table.new Parser()).parse(new InputSource(in));
            }
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalStateException("Shared string " + index + " requested, table has " + count);
        }
        return new XSSFRichTextString(text(offsets[index], offsets[index + 1]));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    private void add(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        charged += utf8.length + BYTES_PER_ENTRY;
        if (charged > budget) {
            throw new SpreadsheetRejectedException("import.file.tooMuchText",
                    "Shared strings exceed " + budget + " bytes", (budget + MIB - 1) / MIB);
        }
        if (count + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        int end = offsets[count];
        for (int written = 0; written < utf8.length; ) {
            int page = (end + written) >>> PAGE_SHIFT;
            int within = (end + written) & (PAGE_BYTES - 1);
            if (page == pages.size()) {
                pages.add(new byte[PAGE_BYTES]);
            }
            int n = Math.min(PAGE_BYTES - within, utf8.length - written);
            System.arraycopy(utf8, written, pages.get(page), within, n);
            written += n;
        }
        offsets[++count] = end + utf8.length;
    }

    private String text(int start, int end) {
        int page = start >>> PAGE_SHIFT;
        int within = start & (PAGE_BYTES - 1);
        if (within + (end - start) <= PAGE_BYTES) {
            return new String(pages.get(page), within, end - start, StandardCharsets.UTF_8);
        }
        byte[] joined = new byte[end - start];
        for (int read = 0; read < joined.length; ) {
            int at = start + read;
            int n = Math.min(PAGE_BYTES - (at & (PAGE_BYTES - 1)), joined.length - read);
            System.arraycopy(pages.get(at >>> PAGE_SHIFT), at & (PAGE_BYTES - 1), joined, read, n);
            read += n;
        }
        return new String(joined, StandardCharsets.UTF_8);
    }

    private final class Parser extends DefaultHandler {

        private final StringBuilder text = new StringBuilder(64);
        private boolean inText;
        private boolean inPhonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // formatting of rich-text runs carries no text
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> add(text.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                if (text.length() + length > StreamingSheetReader.MAX_CELL_CHARS) {
                    throw new SpreadsheetRejectedException("import.file.corrupt",
                            "Shared string longer than " + StreamingSheetReader.MAX_CELL_CHARS + " characters");
                }
                text.append(ch, start, length);
            }
        }
    }
}
