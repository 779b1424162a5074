package org.unionworks.imports.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.imports.model.ImportCounts;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportJobRepository;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportRowError;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.Caller;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.NotFoundException;
import org.unionworks.shared.infrastructure.upload.UploadStore;

/**
 * What the background passes record about a job while their own transaction is still open (or was rolled back):
 * each call commits on its own, so the page sees progress and errors as they come, and a failed commit's reason
 * survives its rollback. Internal to the import; the passes run as the clerk who started them.
 */
@Stateless
@RolesAllowed(Roles.UNION_OFFICIAL)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportLedger {

    /** A row in error as it will be stored: cells already sealed, issues already encoded. */
    public record StagedError(int rowNumber, String cells, String issues) {
    }

    @Inject
    ImportJobRepository jobs;

    public static final String TYPE = "ImportJob";

    @Inject
    UploadStore uploads;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    /** Records a stored upload as a job in the uploader's unit, ready for its dry run. */
    public long open(ImportKind kind, String fileName, UploadStore.Stored stored, ImportMode mode, Locale locale) {
        Caller me = caller.get();
        OrgUnit unit = units.find(me.scope(), me.orgUnitId())
                .orElseThrow(() -> new NotFoundException("OrgUnit", me.orgUnitId()));
        ImportJob job = ImportJob.received(kind, fileName, stored.key(), stored.sha256(),
                stored.bytes(), mode, unit, locale, me.username());
        jobs.add(job);
        jobs.flush();
        audit.record(AuditAction.IMPORT_UPLOADED, TYPE, job.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("importUploaded", job.getFileName(), stored.bytes(), stored.sha256()));
        return job.getId();
    }

    /** Moves a checked job to committing, refusing a stale or repeated click (the version moved on). */
    public void startCommit(long jobId, long version, ImportMode mode) {
        Caller me = caller.get();
        ImportJob job = jobs.find(me.scope(), jobId).orElseThrow(() -> new NotFoundException(TYPE, jobId));
        if (job.getVersion() != version) {
            throw new ConcurrentEditException(TYPE, jobId);
        }
        if (job.getMode() != mode) {
            job.changeMode(mode);
        }
        job.beginCommit(me.username());
        jobs.flush();
    }

    public void progress(long jobId, int rows) {
        job(jobId).progress(rows);
    }

    public void recordErrors(long jobId, List<StagedError> errors) {
        ImportJob job = job(jobId);
        errors.forEach(e -> jobs.addError(new ImportRowError(job, e.rowNumber(), e.cells(), e.issues())));
    }

    public void validated(long jobId, ImportCounts counts) {
        job(jobId).validated(counts);
    }

    /** The file is refused as a whole: rows recorded before the refusal go, and so does the file. */
    public void reject(long jobId, String key, Object... args) {
        ImportJob job = job(jobId);
        jobs.deleteErrors(job);
        job.reject(key, args);
        uploads.delete(job.getUploadKey());
    }

    /** Nothing was written; the file goes, the rows in error stay for the report. */
    public void fail(long jobId, List<StagedError> errors, String key, Object... args) {
        ImportJob job = job(jobId);
        errors.forEach(e -> jobs.addError(new ImportRowError(job, e.rowNumber(), e.cells(), e.issues())));
        job.failed(key, args);
        uploads.delete(job.getUploadKey());
    }

    private ImportJob job(long jobId) {
        return jobs.find(jobId).orElseThrow(() -> new IllegalStateException("import job " + jobId + " is gone"));
    }
}
