package org.unionworks.shared.infrastructure.spreadsheet;

/**
 * What an upload is, judged by its first bytes rather than by its name: clerks rename CSV exports, old .xls files
 * and web-page "Excel exports" to .xlsx, and each of those needs its own advice.
 */
enum FileKind {
    ZIP, OLE2, TEXT, MARKUP, OTHER;

    private static final byte[][] ZIP_SIGNATURES = {
        {0x50, 0x4B, 0x03, 0x04}, {0x50, 0x4B, 0x05, 0x06}, {0x50, 0x4B, 0x07, 0x08}};
    private static final byte[] OLE2_SIGNATURE = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Share of control characters above which a file is binary; CSV from Excel or WPS has none. */
    private static final int MAX_CONTROL_PERCENT = 1;

    static FileKind of(byte[] head, int length) {
        for (byte[] signature : ZIP_SIGNATURES) {
            if (startsWith(head, length, signature)) {
                return ZIP;
            }
        }
        if (startsWith(head, length, OLE2_SIGNATURE)) {
            return OLE2;
        }
        if (length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            // Excel's "Unicode text" export is UTF-16 with a byte order mark
            boolean littleEndian = (head[0] & 0xFF) == 0xFF;
            return firstVisible(head, length, 2, littleEndian ? Width.UTF_16LE : Width.UTF_16BE) == '<'
                    ? MARKUP : TEXT;
        }
        int start = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        if (!looksLikeText(head, start, length)) {
            return OTHER;
        }
        return firstVisible(head, length, start, Width.BYTE) == '<' ? MARKUP : TEXT;
    }

    /** No NUL and hardly any control characters; bytes above 0x7F are allowed, as GBK and UTF-8 both use them. */
    private static boolean looksLikeText(byte[] head, int start, int length) {
        int controls = 0;
        for (int i = start; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                controls++;
            }
        }
        return length > start && controls * 100 <= (length - start) * MAX_CONTROL_PERCENT;
    }

    private enum Width { BYTE, UTF_16LE, UTF_16BE }

    private static int firstVisible(byte[] head, int length, int start, Width width) {
        int step = width == Width.BYTE ? 1 : 2;
        for (int i = start; i + step <= length; i += step) {
            int c = switch (width) {
                case BYTE -> head[i] & 0xFF;
                case UTF_16LE -> (head[i] & 0xFF) | (head[i + 1] & 0xFF) << 8;
                case UTF_16BE -> (head[i] & 0xFF) << 8 | (head[i + 1] & 0xFF);
            };
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
