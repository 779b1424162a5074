package org.unionworks.imports.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportJobRepository;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportRowError;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.ErrorTexts;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetRejectedException;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetWriter;
import org.unionworks.shared.infrastructure.spreadsheet.WorkbookLimits;
import org.unionworks.shared.infrastructure.spreadsheet.WorkbookUploadGuard;
import org.unionworks.shared.infrastructure.upload.UploadStore;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Workbook import use cases, the same for every {@link ImportKind}. The two long steps (dry run, commit) run in
 * {@link ImportWorker}; this bean
 * starts them only after the job's state is committed ({@link ImportLedger}), so the background pass always finds
 * the job as the clerk left it.
 */
@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed(Roles.UNION_OFFICIAL)
public class DefaultImportService implements ImportService {

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportLedger ledger;

    @Inject
    ImportWorker worker;

    @Inject
    ImportSettings settings;

    @Inject
    UploadStore uploads;

    @Inject
    ImportRowCodec codec;

    @Inject
    SheetImports kinds;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Resource
    EJBContext context;

    @Override
    public void writeTemplate(ImportKind kind, Locale locale, OutputStream out) throws IOException {
        kinds.of(kind).writeTemplate(locale, out);
    }

    @Override
    public void writeSample(ImportKind kind, Locale locale, OutputStream out) throws IOException {
        kinds.of(kind).writeSample(locale, out);
    }

    /**
     * No transaction here: the job is recorded (committed) by the ledger first, and only then is the dry run
     * started, so that it cannot look for a job not yet visible.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJobView upload(ImportKind kind, String fileName, long declaredSize, InputStream content,
                                ImportMode mode, Locale locale) {
        UploadStore.Stored stored = uploads.store(content, settings.maxFileBytes(), settings.maxFileMegabytes());
        long jobId;
        try {
            jobId = ledger.open(kind, fileName, stored, mode, locale);
        } catch (RuntimeException e) {
            uploads.delete(stored.key());
            throw e;
        }
        try {
            new WorkbookUploadGuard(limits()).inspect(uploads.path(stored.key()), declaredSize);
        } catch (SpreadsheetRejectedException e) {
            ledger.reject(jobId, e.messageKey(), e.arguments());
            return job(jobId);
        }
        worker.dryRun(jobId);
        return job(jobId);
    }

    @Override
    public ImportJobView job(long jobId) {
        OrgScope scope = caller.scope();
        ImportJob job = load(scope, jobId);
        ImportJob before = jobs.committedWithSameFile(scope, job.getKind(), job.getFileSha256(), job.getId()).stream()
                .findFirst().orElse(null);
        return ImportJobView.of(job, before);
    }

    @Override
    public List<ImportJobView> recent(ImportKind kind, int max) {
        return jobs.recent(caller.scope(), kind, Math.max(1, Math.min(max, 100))).stream()
                .map(j -> ImportJobView.of(j, null)).toList();
    }

    @Override
    public List<ImportIssueView> firstIssues(long jobId, int maxRows, Locale locale) {
        ImportJob job = load(caller.scope(), jobId);
        List<String> titles = kinds.of(job.getKind()).titles(locale);
        List<ImportIssueView> issues = new ArrayList<>();
        for (ImportRowError row : jobs.errors(job, Math.max(1, Math.min(maxRows, 1000)))) {
            for (RowIssue issue : codec.readIssues(row.getIssues())) {
                issues.add(new ImportIssueView(row.getRowNumber(),
                        issue.column() == RowIssue.WHOLE_ROW ? null : titles.get(issue.column()),
                        ErrorTexts.formatStored(locale, issue.key(), issue.args())));
            }
        }
        return issues;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJobView commit(long jobId, long version, ImportMode mode) {
        ledger.startCommit(jobId, version, mode);
        worker.commit(jobId);
        return job(jobId);
    }

    @Override
    public ImportJobView cancel(long jobId, long version) {
        ImportJob job = load(caller.scope(), jobId);
        if (job.getVersion() != version) {
            throw new ConcurrentEditException(ImportLedger.TYPE, jobId);
        }
        job.cancel("import.job.withdrawn");
        uploads.delete(job.getUploadKey());
        audit.record(AuditAction.IMPORT_CANCELLED, ImportLedger.TYPE, jobId, AuditOutcome.SUCCESS,
                AuditDetail.of("importCancelled", job.getFileName()));
        return ImportJobView.of(job, null);
    }

    @Override
    public int writeErrorReport(long jobId, Locale locale, OutputStream out) throws IOException {
        ImportJob job = load(caller.scope(), jobId);
        SheetImport kind = kinds.of(job.getKind());
        boolean reveal = context.isCallerInRole(Roles.PERSONAL_DATA);
        ResourceBundle labels = Labels.bundle(locale);
        List<String> titles = kind.titles(locale);
        List<String> header = new ArrayList<>();
        header.add(labels.getString("importSheet.report.row"));
        header.addAll(titles);
        header.add(labels.getString("importSheet.report.errors"));
        int[] rows = {0};
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet(labels.getString("importSheet.report.sheet"))
                    .textColumns(IntStream.of(kind.textColumns()).map(c -> c + 1).toArray())
                    .header(header);
            jobs.forEachError(job, error -> {
                List<Object> cells = new ArrayList<>();
                cells.add(error.getRowNumber());
                cells.addAll(codec.openCells(kind, error.getCells(), reveal));
                while (cells.size() < titles.size() + 1) {
                    cells.add("");
                }
                cells.add(codec.readIssues(error.getIssues()).stream()
                        .map(issue -> (issue.column() == RowIssue.WHOLE_ROW ? "" : titles.get(issue.column()) + "：")
                                + ErrorTexts.formatStored(locale, issue.key(), issue.args()))
                        .collect(Collectors.joining("\n")));
                writer.row(cells.subList(0, titles.size() + 2));
                rows[0]++;
            });
            // on record before a byte leaves the server, in its own transaction: an aborted download stays audited
            audit.recordIndependently(AuditAction.EXPORT, ImportLedger.TYPE, jobId, AuditOutcome.SUCCESS,
                    AuditDetail.of("importErrorReport", rows[0], reveal));
            writer.write(out);
        }
        return rows[0];
    }

    private ImportJob load(OrgScope scope, long jobId) {
        return jobs.find(scope, jobId).orElseThrow(() -> new NotFoundException(ImportLedger.TYPE, jobId));
    }

    private WorkbookLimits limits() {
        WorkbookLimits d = WorkbookLimits.defaults();
        return new WorkbookLimits(settings.maxFileBytes(), d.maxUncompressedBytes(), d.maxEntries(), d.maxInflateRatio(),
                d.maxInMemoryPartBytes());
    }
}
