package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first worksheet of a workbook row by row with POI's event API: the sheet XML is parsed as a stream and
 * each row is handed over and forgotten, so memory does not grow with the number of rows. Only the shared-strings
 * table is held, within a byte budget ({@link CompactSharedStrings}).
 *
 * <p>Pass every upload through {@link WorkbookUploadGuard} first: this reader trusts it to have bounded the
 * archive's sizes and the parts POI loads whole.
 *
 * <p>The header is the first row that is not blank and must match the expected titles column by column; blank
 * rows are skipped wherever they are; cells right of the header are ignored. Cell texts are trimmed (including
 * full-width and no-break spaces): strings as they are, dates as {@code yyyy-MM-dd} (with {@code HH:mm:ss} if
 * there is a time of day), other numbers in plain notation with Excel's 15 significant digits, booleans as
 * {@code TRUE}/{@code FALSE}, formulas as the value Excel last calculated, error values as POI reports them
 * ({@code ERROR:#N/A}).
 */
public final class StreamingSheetReader {

    /** Room for the shared strings of a 200,000-row roster in which every text is different. */
    public static final long DEFAULT_MAX_SHARED_STRING_BYTES = 128L * 1024 * 1024;
    /** Twice Excel's 32,767 characters per cell: room for a formula beside its value, none for a heap attack. */
    static final int MAX_CELL_CHARS = 65_536;
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private final int maxDataRows;
    private final long maxSharedStringBytes;

    /** @param maxDataRows rows below the header a sheet may have; one more and it is refused */
    public StreamingSheetReader(int maxDataRows) {
        this(maxDataRows, DEFAULT_MAX_SHARED_STRING_BYTES);
    }

    /** @param maxSharedStringBytes heap the shared-strings table may take; a workbook needing more is refused */
    public StreamingSheetReader(int maxDataRows, long maxSharedStringBytes) {
        if (maxDataRows < 1 || maxSharedStringBytes < 1 || maxSharedStringBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxDataRows " + maxDataRows + ", maxSharedStringBytes "
                    + maxSharedStringBytes);
        }
        this.maxDataRows = maxDataRows;
        this.maxSharedStringBytes = maxSharedStringBytes;
    }

    /**
     * Checks the header of the first worksheet, then hands each data row to the handler as soon as it is parsed.
     * If this throws, rows already handed over belong to a file that was refused: the handler's work must be
     * discarded (a {@code DomainException} rolls the transaction back).
     *
     * @param expectedHeader the column titles of the template, in order
     * @throws SpreadsheetRejectedException if the file or its sheet is refused, with the reason as message key
     */
    public void read(Path file, List<String> expectedHeader, RowHandler handler) {
        Objects.requireNonNull(handler, "handler");
        List<String> header = expectedHeader.stream().map(StreamingSheetReader::clean).toList();
        if (header.isEmpty()) {
            throw new IllegalArgumentException("Expected header has no columns");
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw corrupt(e);
        }
        try {
            readFirstWorksheet(pkg, new RowAssembler(header, handler));
        } catch (StopReading e) {
            // the handler has what it wanted
        } catch (HandlerFailure e) {
            throw e.getCause();
        } catch (SpreadsheetRejectedException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw corrupt(e);
        } finally {
            // revert, not close: close() would try to save a package opened for reading
            pkg.revert();
        }
    }

    private void readFirstWorksheet(OPCPackage pkg, RowAssembler rows)
            throws IOException, SAXException, OpenXML4JException {
        PackagePart workbook = workbookPart(pkg);
        XSSFReader reader = new XSSFReader(pkg);
        PlainValueFormatter formatter = new PlainValueFormatter(usesDate1904(workbook));
        CompactSharedStrings strings = CompactSharedStrings.read(pkg, maxSharedStringBytes);
        StylesTable styles = reader.getStylesTable();
        // without styles POI would pass numbers through unformatted; the default table makes every number "General"
        StylesTable effectiveStyles = styles != null ? styles : new StylesTable();
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (XSSFRelation.WORKSHEET.getContentType().equals(sheets.getSheetPart().getContentType())) {
                    XSSFSheetXMLHandler cells =
                            new XSSFSheetXMLHandler(effectiveStyles, null, strings, rows, formatter, false);
                    SecureSax.newReader(new CellTextLimit(cells)).parse(new InputSource(sheet));
                    rows.finish();
                    return;
                }
            }
        }
        throw new SpreadsheetRejectedException("import.file.emptySheet", "Workbook has no worksheet");
    }

    /** The part the package names as its main document, if it is a workbook POI reads as XML. */
    private static PackagePart workbookPart(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationship main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        PackagePart part = main == null ? null : pkg.getPart(main);
        if (part == null || !PackageContentTypes.SPREADSHEET_MAIN_TYPES.contains(part.getContentType())) {
            throw new SpreadsheetRejectedException("import.file.notXlsx", "Main document is no .xlsx workbook");
        }
        return part;
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}, old Excel for Mac). */
    private static boolean usesDate1904(PackagePart workbook) throws IOException, SAXException {
        boolean[] date1904 = {false};
        try (InputStream in = workbook.getInputStream()) {
            SecureSax.newReader(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            }).parse(new InputSource(in));
        }
        return date1904[0];
    }

    private static SpreadsheetRejectedException corrupt(Exception cause) {
        return new SpreadsheetRejectedException(cause, "import.file.corrupt", "Workbook cannot be read: " + cause);
    }

    /** Trims what clerks leave around values: spaces of every width, no-break and zero-width spaces, BOMs. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isPadding(value.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** Puts the cells POI reports back into rows, checks the header and hands the data rows on. */
    private final class RowAssembler implements SheetContentsHandler {

        private final List<String> expected;
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int lastColumn;
        private boolean headerSeen;
        private int dataRows;

        RowAssembler(List<String> expected, RowHandler handler) {
            this.expected = expected;
            this.handler = handler;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
            lastColumn = -1;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // some writers leave out the reference: the cell then follows the previous one
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = column;
            int width = headerSeen ? expected.size() : MAX_COLUMNS;
            if (column < 0 || column >= width) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, clean(value));
        }

        @Override
        public void endRow(int rowIndex) {
            if (cells.stream().allMatch(String::isEmpty)) {
                return;
            }
            if (!headerSeen) {
                checkHeader();
                headerSeen = true;
                return;
            }
            if (++dataRows > maxDataRows) {
                throw new SpreadsheetRejectedException("import.file.tooManyRows",
                        "More than " + maxDataRows + " data rows", maxDataRows);
            }
            while (cells.size() < expected.size()) {
                cells.add("");
            }
            SheetRow row = new SheetRow(rowIndex + 1, cells);
            boolean goOn;
            try {
                goOn = handler.row(row);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
            if (!goOn) {
                throw new StopReading();
            }
        }

        private void checkHeader() {
            for (int column = 0; column < expected.size(); column++) {
                String found = column < cells.size() ? cells.get(column) : "";
                if (!found.equals(expected.get(column))) {
                    throw new SpreadsheetRejectedException("import.file.wrongHeader",
                            "Header column " + column + " is not " + expected.get(column),
                            CellReference.convertNumToColString(column), expected.get(column), found);
                }
            }
            for (int column = expected.size(); column < cells.size(); column++) {
                if (!cells.get(column).isEmpty()) {
                    throw new SpreadsheetRejectedException("import.file.unexpectedColumn",
                            "Header has an extra column " + column,
                            CellReference.convertNumToColString(column), cells.get(column));
                }
            }
        }

        void finish() {
            if (!headerSeen || dataRows == 0) {
                throw new SpreadsheetRejectedException("import.file.emptySheet",
                        headerSeen ? "Sheet has only the header" : "Sheet has no rows");
            }
        }
    }

    /**
     * Stops a cell's text from growing without bound: POI's handler appends every text node inside a cell (runs
     * of an inline string, CDATA sections) to one buffer, however many there are.
     */
    private static final class CellTextLimit extends DefaultHandler {

        private final ContentHandler cells;
        private boolean inCell;
        private int charsInCell;

        CellTextLimit(ContentHandler cells) {
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                inCell = true;
                charsInCell = 0;
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("c".equals(localName)) {
                inCell = false;
            }
            cells.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inCell && (charsInCell += length) > MAX_CELL_CHARS) {
                throw new SpreadsheetRejectedException("import.file.corrupt",
                        "Cell text longer than " + MAX_CELL_CHARS + " characters");
            }
            cells.characters(ch, start, length);
        }
    }

    /** Carries an exception of the row handler through the parser, to be told apart from POI's failures. */
    private static final class HandlerFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        HandlerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /** The handler asked to stop; unwinds the parser. */
    private static final class StopReading extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }
}
