package org.unionworks.imports.application;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.unionworks.imports.model.ImportCounts;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.imports.model.ImportRowError;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.shared.infrastructure.spreadsheet.RowHandler;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * One pass over an uploaded workbook: every row is parsed, checked against what is on record and counted as new,
 * changed, unchanged or in error. A dry run stops there (the worker rolls its transaction back); a commit also
 * writes. Both run the same domain operations on the same records, so the dry run's counts are the commit's unless
 * someone changes the records in between.
 *
 * <p>Rows are handled in chunks: {@link #prepare} looks up what the chunk needs in one query, then the persistence
 * context is flushed (commit) and cleared, so memory does not grow with the file. Subclasses say how a row is read
 * ({@link #parse}) and what it does ({@link #apply}); a {@link DomainException} from {@code apply} is that row's
 * error.
 *
 * @param <P> a row that parsed, waiting for its chunk
 */
public abstract class ImportPass<P extends ImportPass.Pending> implements RowHandler {

    public static final int CHUNK = 500;

    public enum Phase { DRY_RUN, COMMIT }

    /** What a row did (or would do, in a dry run). */
    public enum Outcome { NEW, CHANGED, UNCHANGED }

    /** A parsed row: the sheet row it came from, for its error. */
    public interface Pending {
        SheetRow sheetRow();
    }

    /** Stops a commit in all-or-nothing mode at the first row that turned invalid since the dry run. */
    public static final class RowRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowRefused() {
            super("a row is invalid in all-or-nothing mode", null, false, false);
        }
    }

    /**
     * What the worker hands every pass.
     *
     * @param knownErrors rows the dry run found in error (a commit does not store them again)
     */
    public record Setup(Phase phase, ImportJob job, OrgScope scope, String username, EntityManager em,
                        ImportLedger ledger, ImportRowCodec codec, SheetImport kind, Set<Integer> knownErrors) {
    }

    protected final Setup setup;
    private final long jobId;
    private final List<P> chunk = new ArrayList<>(CHUNK);
    private final List<ImportLedger.StagedError> staged = new ArrayList<>();
    private int total;
    private int errors;
    private int newRows;
    private int changedRows;
    private int unchangedRows;

    protected ImportPass(Setup setup) {
        this.setup = setup;
        this.jobId = setup.job().getId();
    }

    /** Reads one row's cells; a row with problems is reported through {@link #error} and comes back null. */
    protected abstract P parse(SheetRow row);

    /** Looks up at once what the chunk's rows need (records on file by their keys); nothing by default. */
    protected void prepare(List<P> rows) {
    }

    /** Checks a row against the records and, when {@link #committing()}, writes it. */
    protected abstract Outcome apply(P row);

    @Override
    public final boolean row(SheetRow sheetRow) {
        total++;
        if (committing() && setup.knownErrors().contains(sheetRow.rowNumber())) {
            // refused by the dry run the clerk confirmed: not applied at all, so nothing of it is half-written
            errors++;
            return true;
        }
        P parsed = parse(sheetRow);
        if (parsed != null) {
            chunk.add(parsed);
        }
        if (chunk.size() >= CHUNK) {
            flushChunk();
        }
        return true;
    }

    /** Handles the last rows; call once the reader is done. */
    public final ImportCounts finish() {
        flushChunk();
        return new ImportCounts(total, errors, newRows, changedRows, unchangedRows);
    }

    /** Errors not yet stored (a commit that is refused hands them to the ledger after its rollback). */
    public final List<ImportLedger.StagedError> unstoredErrors() {
        return List.copyOf(staged);
    }

    protected final boolean committing() {
        return setup.phase() == Phase.COMMIT;
    }

    protected final EntityManager em() {
        return setup.em();
    }

    protected final long jobId() {
        return jobId;
    }

    /** Records the row as in error with everything wrong with it; in all-or-nothing commits this stops the pass. */
    protected final void error(SheetRow sheetRow, List<RowIssue> issues) {
        errors++;
        if (setup.knownErrors().contains(sheetRow.rowNumber())) {
            return;
        }
        ImportRowCodec codec = setup.codec();
        staged.add(new ImportLedger.StagedError(sheetRow.rowNumber(), codec.sealCells(setup.kind(), sheetRow.cells()),
                codec.writeIssues(issues)));
        if (committing() && setup.job().getMode() == ImportMode.ALL_OR_NOTHING) {
            throw new RowRefused();
        }
    }

    private void flushChunk() {
        if (!chunk.isEmpty()) {
            prepare(chunk);
            for (P pending : chunk) {
                try {
                    switch (apply(pending)) {
                        case NEW -> newRows++;
                        case CHANGED -> changedRows++;
                        case UNCHANGED -> unchangedRows++;
                    }
                } catch (DomainException e) {
                    error(pending.sheetRow(), List.of(new RowIssue(RowIssue.WHOLE_ROW, e.messageKey(),
                            Arrays.stream(e.arguments()).map(String::valueOf).toList())));
                }
            }
            chunk.clear();
        }
        EntityManager em = setup.em();
        if (committing()) {
            em.flush();
            staged.forEach(e -> em.persist(new ImportRowError(em.getReference(ImportJob.class, jobId),
                    e.rowNumber(), e.cells(), e.issues())));
            staged.clear();
            em.flush();
        } else if (!staged.isEmpty()) {
            setup.ledger().recordErrors(jobId, List.copyOf(staged));
            staged.clear();
        }
        // a dry run's changes are never flushed; either way the context starts empty for the next chunk
        em.clear();
        setup.ledger().progress(jobId, total);
    }
}
