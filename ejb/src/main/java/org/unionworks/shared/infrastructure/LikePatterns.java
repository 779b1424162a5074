package org.unionworks.shared.infrastructure;

import java.util.Locale;

/** LIKE patterns from user text, escaped with {@code \} so % and _ match literally. */
public final class LikePatterns {

    public static final String ESCAPE_CLAUSE = " ESCAPE '\\'";

    private LikePatterns() {
    }

    public static String containsIgnoreCase(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** Case-sensitive prefix: can use an index on the column (names are Chinese; case does not apply). */
    public static String startsWith(String text) {
        return escape(text.strip()) + "%";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
