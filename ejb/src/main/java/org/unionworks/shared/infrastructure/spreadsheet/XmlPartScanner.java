package org.unionworks.shared.infrastructure.spreadsheet;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the markup of one XML part while its bytes are being inflated, without parsing it, and refuses what
 * no genuine workbook contains but what would hurt the parser that reads it later:
 * <ul>
 * <li>any {@code <!...>} other than a comment or CDATA section: DOCTYPE, ENTITY and the other DTD declarations
 * behind XXE and "billion laughs";</li>
 * <li>encodings other than UTF-8 and UTF-16 (OPC allows only these; EBCDIC or UTF-32 would hide a DOCTYPE from a
 * byte scan);</li>
 * <li>nesting deeper than {@value #MAX_DEPTH} elements (the parser keeps the whole element stack);</li>
 * <li>more than {@value #MAX_UNITS_BETWEEN_TAGS} characters between the ends of two element tags: one attribute
 * value or one text node that long (the parser, or POI's cell handler, buffers it whole; Excel allows 32,767
 * characters per cell). Comments and CDATA sections do not end the stretch, so they cannot be used to split it.</li>
 * </ul>
 * Works on code units (bytes for UTF-8, 16-bit units for UTF-16): every character that matters here is ASCII, and in
 * neither encoding can an ASCII unit be part of another character.
 */
final class XmlPartScanner {

    static final int MAX_DEPTH = 256;
    static final int MAX_UNITS_BETWEEN_TAGS = 1 << 20;
    private static final int MAX_DECLARATION_UNITS = 512;
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");
    private static final Set<String> UTF_16_NAMES = Set.of("utf-16", "utf16", "utf-16le", "utf-16be");
    private static final String CDATA_OPENING = "[CDATA[";

    private enum Encoding { UNDECIDED, UTF_8, UTF_16LE, UTF_16BE }

    private enum State {
        TEXT, MARKUP_START, START_TAG, ATTRIBUTE_VALUE, END_TAG, BANG, COMMENT_START, CDATA_START, COMMENT, CDATA,
        PROCESSING_INSTRUCTION
    }

    private final String partName;
    private final byte[] head = new byte[4];
    private int headLength;
    private Encoding encoding = Encoding.UNDECIDED;
    private int pendingByte = -1;

    private State state = State.TEXT;
    private long unitsSeen;
    private long unitsSinceTag;
    private int depth;
    private int previous;
    private int quote;
    private int matched;
    private int closingRun;
    private StringBuilder declaration;

    XmlPartScanner(String partName) {
        this.partName = partName;
    }

    void accept(byte[] buffer, int offset, int length) {
        int position = offset;
        int end = offset + length;
        while (encoding == Encoding.UNDECIDED && position < end) {
            head[headLength++] = buffer[position++];
            if (headLength == head.length) {
                decideEncoding();
            }
        }
        acceptDecided(buffer, position, end);
    }

    /** Called once the whole part has been read, so that a part shorter than four bytes is still looked at. */
    void finish() {
        if (encoding == Encoding.UNDECIDED && headLength > 0) {
            decideEncoding();
        }
    }

    private void decideEncoding() {
        int b0 = head[0] & 0xFF;
        int b1 = headLength > 1 ? head[1] & 0xFF : -1;
        int skip = 0;
        if (b0 == 0xFF && b1 == 0xFE) {
            encoding = Encoding.UTF_16LE;
            skip = 2;
        } else if (b0 == 0xFE && b1 == 0xFF) {
            encoding = Encoding.UTF_16BE;
            skip = 2;
        } else if (b0 == '<' && b1 == 0) {
            encoding = Encoding.UTF_16LE;
        } else if (b0 == 0 && b1 == '<') {
            encoding = Encoding.UTF_16BE;
        } else if (headLength == 4 && b0 == 0x4C && b1 == 0x6F && (head[2] & 0xFF) == 0xA7
                && (head[3] & 0xFF) == 0x94) {
            throw unsupportedEncoding("EBCDIC");
        } else {
            encoding = Encoding.UTF_8;
            skip = headLength >= 3 && b0 == 0xEF && b1 == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        }
        acceptDecided(head, skip, headLength);
    }

    private void acceptDecided(byte[] buffer, int from, int end) {
        if (encoding == Encoding.UTF_8) {
            for (int i = from; i < end; i++) {
                unit(buffer[i] & 0xFF);
            }
            return;
        }
        for (int i = from; i < end; i++) {
            int b = buffer[i] & 0xFF;
            if (pendingByte < 0) {
                pendingByte = b;
            } else {
                unit(encoding == Encoding.UTF_16LE ? (b << 8) | pendingByte : (pendingByte << 8) | b);
                pendingByte = -1;
            }
        }
    }

    private void unit(int c) {
        if (c == 0) {
            // NUL is not allowed in XML; in a part read as UTF-8 it means UTF-32 or another unsupported encoding
            throw unsupportedEncoding("NUL character");
        }
        unitsSeen++;
        if (++unitsSinceTag > MAX_UNITS_BETWEEN_TAGS) {
            throw new SpreadsheetRejectedException("import.file.tooComplex",
                    "More than " + MAX_UNITS_BETWEEN_TAGS + " characters between two tags in " + partName);
        }
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.MARKUP_START;
                }
            }
            case MARKUP_START -> markupStart(c);
            case START_TAG -> {
                if (c == '"' || c == '\'') {
                    quote = c;
                    state = State.ATTRIBUTE_VALUE;
                } else if (c == '>') {
                    if (previous != '/') {
                        enterElement();
                    }
                    tagClosed();
                }
            }
            case ATTRIBUTE_VALUE -> {
                if (c == quote) {
                    state = State.START_TAG;
                }
            }
            case END_TAG -> {
                if (c == '>') {
                    depth = Math.max(0, depth - 1);
                    tagClosed();
                }
            }
            case BANG -> bang(c);
            case COMMENT_START -> {
                if (c != '-') {
                    throw forbiddenDeclaration();
                }
                closingRun = 0;
                state = State.COMMENT;
            }
            case CDATA_START -> {
                if (c != CDATA_OPENING.charAt(matched++)) {
                    throw forbiddenDeclaration();
                }
                if (matched == CDATA_OPENING.length()) {
                    closingRun = 0;
                    state = State.CDATA;
                }
            }
            case COMMENT -> state = closesAfterRunOf('-', c) ? State.TEXT : State.COMMENT;
            case CDATA -> state = closesAfterRunOf(']', c) ? State.TEXT : State.CDATA;
            case PROCESSING_INSTRUCTION -> processingInstruction(c);
            default -> throw new IllegalStateException(state.name());
        }
        previous = c;
    }

    private void markupStart(int c) {
        if (c == '/') {
            state = State.END_TAG;
        } else if (c == '!') {
            state = State.BANG;
        } else if (c == '?') {
            // only a processing instruction at the very start is the XML declaration naming the encoding
            declaration = unitsSeen == 2 ? new StringBuilder() : null;
            state = State.PROCESSING_INSTRUCTION;
        } else {
            state = State.START_TAG;
        }
    }

    private void bang(int c) {
        if (c == '-') {
            state = State.COMMENT_START;
        } else if (c == '[') {
            matched = 1;
            state = State.CDATA_START;
        } else {
            throw forbiddenDeclaration();
        }
    }

    /** Comments end with "-->", CDATA sections with "]]>": two or more of the character, then '>'. */
    private boolean closesAfterRunOf(int repeated, int c) {
        if (c == repeated) {
            closingRun++;
            return false;
        }
        boolean closes = c == '>' && closingRun >= 2;
        closingRun = 0;
        return closes;
    }

    private void processingInstruction(int c) {
        if (c == '>' && previous == '?') {
            if (declaration != null) {
                checkDeclaredEncoding(declaration.toString());
                declaration = null;
            }
            state = State.TEXT;
        } else if (declaration != null) {
            if (declaration.length() >= MAX_DECLARATION_UNITS) {
                throw unsupportedEncoding("XML declaration longer than " + MAX_DECLARATION_UNITS);
            }
            declaration.append((char) c);
        }
    }

    private void checkDeclaredEncoding(String text) {
        Matcher matcher = DECLARED_ENCODING.matcher(text);
        if (!matcher.find()) {
            return;
        }
        String declared = matcher.group(1).trim().toLowerCase(Locale.ROOT);
        Set<String> allowed = encoding == Encoding.UTF_8 ? UTF_8_NAMES : UTF_16_NAMES;
        if (!allowed.contains(declared)) {
            throw unsupportedEncoding("declared encoding " + declared);
        }
    }

    private void enterElement() {
        if (++depth > MAX_DEPTH) {
            throw new SpreadsheetRejectedException("import.file.tooComplex",
                    "Elements nested deeper than " + MAX_DEPTH + " in " + partName);
        }
    }

    private void tagClosed() {
        unitsSinceTag = 0;
        state = State.TEXT;
    }

    private SpreadsheetRejectedException forbiddenDeclaration() {
        return new SpreadsheetRejectedException("import.file.xmlEntity",
                "DTD declaration (<!DOCTYPE, <!ENTITY or similar) in " + partName);
    }

    private SpreadsheetRejectedException unsupportedEncoding(String what) {
        return new SpreadsheetRejectedException("import.file.corrupt",
                "Unsupported XML encoding in " + partName + ": " + what);
    }
}
