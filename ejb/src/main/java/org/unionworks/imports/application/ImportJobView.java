package org.unionworks.imports.application;

import java.time.OffsetDateTime;
import java.util.List;
import org.unionworks.imports.model.ImportCounts;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportStatus;

/**
 * An import job as the page shows it. {@code messageKey}/{@code messageArgs} explain a refused or failed file
 * (errors bundle); {@code sameFileImportedAt}/{@code sameFileImportedBy} name an earlier commit of the very same
 * file, if any.
 */
public record ImportJobView(long id, long version, ImportKind kind, String fileName, long fileBytes, String sha256,
                            ImportMode mode, ImportStatus status, int processedRows, ImportCounts counts, String messageKey,
                            List<String> messageArgs, String createdBy, OffsetDateTime createdAt,
                            OffsetDateTime finishedAt, String committedBy, OffsetDateTime sameFileImportedAt,
                            String sameFileImportedBy) {

    static ImportJobView of(ImportJob job, ImportJob sameFileBefore) {
        return new ImportJobView(job.getId(), job.getVersion(), job.getKind(), job.getFileName(), job.getFileBytes(),
                job.getFileSha256(), job.getMode(), job.getStatus(), job.getProcessedRows(), job.counts(),
                job.getMessageKey(), job.getMessageArgs(), job.getCreatedBy(), job.getCreatedAt(), job.getFinishedAt(),
                job.getCommittedBy(), sameFileBefore == null ? null : sameFileBefore.getFinishedAt(),
                sameFileBefore == null ? null : sameFileBefore.getCommittedBy());
    }

    public boolean running() {
        return status.isRunning();
    }

    /** The clerk may start the commit now (whether the mode allows it is the service's to say). */
    public boolean committable() {
        return status == ImportStatus.VALIDATED;
    }

    /** There is an error report to download. */
    public boolean hasErrorReport() {
        return counts.errors() > 0 && (status == ImportStatus.VALIDATED || status == ImportStatus.COMMITTED
                || status == ImportStatus.FAILED || status == ImportStatus.CANCELLED);
    }

    /**
     * Progress of a commit in percent of the rows the dry run counted; a dry run does not know its total in
     * advance (the sheet is streamed), so the page shows its row count instead.
     */
    public int percent() {
        if (!running()) {
            return 100;
        }
        int expected = counts.total();
        return expected <= 0 ? 0 : Math.min(99, (int) (100L * processedRows / expected));
    }
}
