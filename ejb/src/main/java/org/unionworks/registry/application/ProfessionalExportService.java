package org.unionworks.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.OutputStream;
import org.unionworks.security.model.RevealReason;

/**
 * Exports of the professionals list (PDF filing or XLSX), within the caller's subtree exactly as
 * the list is. Each export is audited with its format, row count and whether it holds full ID
 * and phone numbers, on record before the first byte is written. Rows stream from the database
 * to the output; the list is never held in memory.
 */
public interface ProfessionalExportService {

    /**
     * Refuses, before any download starts, what {@link #export} would refuse for its size: a PDF filing of more rows
     * than {@link org.unionworks.registry.model.PdfFilingLimit} allows ({@code registry.export.pdf.tooLarge}).
     */
    void checkSize(@NotNull @Valid ProfessionalExportRequest request);

    /** Writes the list with ID and phone numbers masked and returns the number of rows. */
    long export(@NotNull @Valid ProfessionalExportRequest request, @NotNull OutputStream out);

    /**
     * Writes the list with full ID and phone numbers, for the personal-data role, for a stated
     * purpose; returns the number of rows.
     */
    long exportWithFullValues(@NotNull @Valid ProfessionalExportRequest request, @NotNull RevealReason reason,
                              @NotNull OutputStream out);
}
