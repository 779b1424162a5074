package org.unionworks.imports.application;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;

/**
 * Importing a workbook (a roster of professionals, certificates: {@link ImportKind}): template → upload → dry run
 * in the background → commit in the background → error report. Jobs live in the uploader's scope; everything a job
 * writes is scoped and audited like the records' own forms.
 */
public interface ImportService {

    /** The empty template of a kind in the caller's language, with drop-downs (the caller's own units among them). */
    void writeTemplate(@NotNull ImportKind kind, @NotNull Locale locale, @NotNull OutputStream out) throws IOException;

    /**
     * A filled-in example for the caller's scope: a few valid rows and a few with typical mistakes, to try the
     * import with (the demo and the browser test use it).
     */
    void writeSample(@NotNull ImportKind kind, @NotNull Locale locale, @NotNull OutputStream out) throws IOException;

    /**
     * Stores the upload, checks it is a workbook that may be read at all and starts the dry run. A file refused
     * outright comes back as a {@code REJECTED} job with the reason; nothing of it is kept.
     */
    ImportJobView upload(@NotNull ImportKind kind, @NotNull String fileName, long declaredSize,
                         @NotNull InputStream content, @NotNull ImportMode mode, @NotNull Locale locale);

    ImportJobView job(long jobId);

    /** The latest jobs of a kind in the caller's scope, newest first. */
    List<ImportJobView> recent(@NotNull ImportKind kind, int max);

    /** The first rows in error, each issue with its column and message in the given language. */
    List<ImportIssueView> firstIssues(long jobId, int maxRows, @NotNull Locale locale);

    /** Starts the commit of a checked job in the given mode; {@code version} is the job as the clerk saw it. */
    ImportJobView commit(long jobId, long version, @NotNull ImportMode mode);

    /** Withdraws a checked job: its file is deleted, nothing is written. */
    ImportJobView cancel(long jobId, long version);

    /**
     * Every row in error with its original cells and an error column; personal cells masked unless the caller
     * may see personal data. Audited as an export with the row count. Returns the number of rows.
     */
    int writeErrorReport(long jobId, @NotNull Locale locale, @NotNull OutputStream out) throws IOException;
}
