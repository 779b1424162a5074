package org.unionworks.registry.model;

import org.unionworks.shared.model.DomainException;

/**
 * How many rows a PDF filing of the professionals list may hold. A PDF is for reading, signing and printing; the
 * spreadsheet export streams any size. JasperReports lays out every page before the first byte leaves, so a filing
 * of a large scope costs the server heap in proportion: 100,000 rows (about 2,500 pages) fit the 512 MiB the
 * benchmark gives the server, a city of 650,000 people exhausted it (docs/benchmarks.md, registry on PostgreSQL).
 * Above the limit the export is refused with both numbers, before anything is read or written.
 */
public record PdfFilingLimit(long maxRows) {

    public static final long DEFAULT_MAX_ROWS = 100_000;

    public PdfFilingLimit {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a PDF filing holds at least one row: " + maxRows);
        }
    }

    /** @throws DomainException {@code registry.export.pdf.tooLarge} (the limit, the rows) when {@code rows} exceed it */
    public void check(long rows) {
        if (rows > maxRows) {
            throw new DomainException("registry.export.pdf.tooLarge", "PDF filing of " + rows + " rows, limit "
                    + maxRows, maxRows, rows);
        }
    }
}
