package org.unionworks.shared.model;

/**
 * Text of identifiers as people type or paste them: Chinese input methods produce full-width
 * digits and letters (０–９, Ａ–Ｚ) and full-width spaces, and numbers are often copied with
 * spaces between groups. Normalising once here lets every code parser check the same thing.
 */
public final class CodeText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private CodeText() {
    }

    /** Full-width ASCII forms (U+FF01–U+FF5E) folded to their ASCII characters; everything else kept. */
    public static String foldFullWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Full-width forms folded and every kind of space removed (also inside: "3601 0219…" is a
     * grouped number, not two values). {@code null} becomes the empty string.
     */
    public static String compact(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = foldFullWidth(raw);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whitespace in the wide sense: also the full-width space U+3000, no-break spaces, and the
     * BOM and zero-width space that text copied from web pages and Excel carries invisibly.
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
