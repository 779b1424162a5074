package org.unionworks.shared.infrastructure.spreadsheet;

/**
 * How much an uploaded workbook may weigh, compressed and inflated.
 *
 * <p>The defaults are sized from a roster of 200,000 rows by 20 columns (names, ID and phone numbers, dates,
 * units, remarks) written by {@link SpreadsheetWriter}: 32 MB compressed, its sheet XML 241 MB, deflated 7:1.
 * The defaults leave three to four times that.
 *
 * @param maxFileBytes          the upload itself
 * @param maxUncompressedBytes  all entries together, counted as they are actually inflated
 * @param maxEntries            zip entries; a genuine workbook has a few dozen
 * @param maxInflateRatio       inflated bytes per compressed byte of one entry
 * @param maxInMemoryPartBytes  each part POI loads whole into memory rather than streaming it (content types,
 *                              relationships, properties, styles, theme, workbook): tens of kilobytes in a genuine
 *                              file, while a DOM of a few hundred megabytes would exhaust the heap
 */
public record WorkbookLimits(long maxFileBytes, long maxUncompressedBytes, int maxEntries, int maxInflateRatio,
        long maxInMemoryPartBytes) {

    private static final long MIB = 1024L * 1024L;

    public WorkbookLimits {
        requirePositive(maxFileBytes, "maxFileBytes");
        requirePositive(maxUncompressedBytes, "maxUncompressedBytes");
        requirePositive(maxEntries, "maxEntries");
        requirePositive(maxInflateRatio, "maxInflateRatio");
        requirePositive(maxInMemoryPartBytes, "maxInMemoryPartBytes");
    }

    /**
     * Limits for a roster upload. The inflate ratio is POI's own (its {@code ZipSecureFile} refuses entries that
     * inflate more than 100 times while reading), so no file passes the guard only to fail later inside POI with
     * a message the clerk cannot act on; a genuine sheet stays far below it.
     */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(100 * MIB, 1024 * MIB, 1000, 100, 16 * MIB);
    }

    /** The file limit in whole megabytes, for the message shown to the clerk. */
    public long maxFileMegabytes() {
        return (maxFileBytes + MIB - 1) / MIB;
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
