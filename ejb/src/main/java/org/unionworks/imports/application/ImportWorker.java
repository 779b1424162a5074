package org.unionworks.imports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionworks.imports.model.ImportCounts;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportJobRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetRejectedException;
import org.unionworks.shared.infrastructure.spreadsheet.StreamingSheetReader;
import org.unionworks.shared.infrastructure.upload.UploadStore;

/**
 * Runs an import job's two passes in the background, as the clerk who asked (the container carries the caller
 * into asynchronous calls, so scoping and audit work as in a request). Each pass is one transaction with its own
 * timeout: the dry run's is always rolled back, the commit's commits every row or none. What the page polls for
 * (progress, rows in error, the outcome) goes through {@link ImportLedger}, committed on its own. What a row means
 * is the job kind's {@link SheetImport}.
 */
@Stateless
@RolesAllowed(Roles.UNION_OFFICIAL)
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());
    /** A 200,000-row roster takes well under this; the bound only stops a pass that hangs. */
    private static final int PASS_TIMEOUT_SECONDS = 3600;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportSettings settings;

    @Inject
    UploadStore uploads;

    @Inject
    ImportRowCodec codec;

    @Inject
    SheetImports kinds;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Asynchronous
    public void dryRun(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        try {
            begin();
            em.setFlushMode(FlushModeType.COMMIT);
            ImportPass<?> pass = open(ImportPass.Phase.DRY_RUN, job, Set.of());
            read(job, pass);
            ImportCounts counts = pass.finish();
            rollback();
            ledger.validated(jobId, counts);
            LOG.info(() -> "import " + jobId + " (" + job.getKind() + ") dry run by " + job.getCreatedBy() + ": "
                    + counts);
        } catch (SpreadsheetRejectedException e) {
            rollback();
            ledger.reject(jobId, e.messageKey(), e.arguments());
            LOG.info(() -> "import " + jobId + " refused: " + e.messageKey());
        } catch (RuntimeException e) {
            rollback();
            String reference = reference(jobId);
            LOG.log(Level.SEVERE, "import " + jobId + " dry run failed, reference " + reference, e);
            ledger.fail(jobId, List.of(), "import.job.unexpected", reference);
        }
    }

    @Asynchronous
    public void commit(long jobId) {
        ImportJob job = jobs.find(jobId).orElseThrow();
        Set<Integer> knownErrors = new HashSet<>();
        jobs.forEachError(job, e -> knownErrors.add(e.getRowNumber()));
        ImportPass<?> pass = null;
        try {
            begin();
            pass = open(ImportPass.Phase.COMMIT, job, knownErrors);
            read(job, pass);
            ImportCounts counts = pass.finish();
            ImportJob current = em.find(ImportJob.class, jobId);
            current.committed(counts);
            audit.record(AuditAction.IMPORT_COMMITTED, ImportLedger.TYPE, jobId, AuditOutcome.SUCCESS,
                    AuditDetail.of("importCommitted", counts.newRows(), counts.changedRows(), counts.errors()));
            transaction.commit();
            uploads.delete(job.getUploadKey());
            LOG.info(() -> "import " + jobId + " (" + job.getKind() + ") committed by " + job.getCommittedBy() + ": "
                    + counts);
        } catch (ImportPass.RowRefused e) {
            rollback();
            ledger.fail(jobId, pass.unstoredErrors(), "import.commit.rowTurnedInvalid");
        } catch (SpreadsheetRejectedException e) {
            // the file was read once already: only a file changed on disk gets here
            rollback();
            ledger.fail(jobId, List.of(), e.messageKey(), e.arguments());
        } catch (Exception e) {
            rollback();
            String reference = reference(jobId);
            LOG.log(Level.SEVERE, "import " + jobId + " commit failed, nothing written, reference " + reference, e);
            ledger.fail(jobId, List.of(), "import.job.unexpected", reference);
        }
    }

    private ImportPass<?> open(ImportPass.Phase phase, ImportJob job, Set<Integer> knownErrors) {
        SheetImport kind = kinds.of(job.getKind());
        return kind.open(new ImportPass.Setup(phase, job, caller.scope(), caller.get().username(), em, ledger, codec,
                kind, knownErrors));
    }

    /** Reads with the titles of the job's language; a workbook headed in the other language is read as well. */
    private void read(ImportJob job, ImportPass<?> pass) {
        SheetImport kind = kinds.of(job.getKind());
        Path file = uploads.path(job.getUploadKey());
        StreamingSheetReader reader = new StreamingSheetReader(settings.maxRows());
        try {
            reader.read(file, kind.titles(job.getLocale()), pass);
        } catch (SpreadsheetRejectedException first) {
            if (!isHeaderRefusal(first)) {
                throw first;
            }
            // the header is checked before any row is handed over, so reading again starts from nothing
            try {
                reader.read(file, kind.titles(otherLanguage(job.getLocale())), pass);
            } catch (SpreadsheetRejectedException second) {
                throw isHeaderRefusal(second) ? first : second;
            }
        }
    }

    /** The language a workbook may also be headed in: Chinese for English and the other way round. */
    static Locale otherLanguage(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static boolean isHeaderRefusal(SpreadsheetRejectedException e) {
        return "import.file.wrongHeader".equals(e.messageKey()) || "import.file.unexpectedColumn".equals(e.messageKey());
    }

    private void begin() {
        try {
            transaction.setTransactionTimeout(PASS_TIMEOUT_SECONDS);
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin the import transaction", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Rollback of an import pass failed", e);
        }
    }

    private static String reference(long jobId) {
        return "IMP-" + jobId + "-" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
    }
}
