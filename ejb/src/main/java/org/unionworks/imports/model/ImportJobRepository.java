package org.unionworks.imports.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.unionworks.organization.model.OrgScope;

/** Import jobs and their rows in error; jobs are read within a scope like every registry record. */
public interface ImportJobRepository {

    Optional<ImportJob> find(OrgScope scope, long id);

    /** Without a scope: for the background passes, which were started by a caller who could see the job. */
    Optional<ImportJob> find(long id);

    /** The latest jobs of a kind within the scope, newest first. */
    List<ImportJob> recent(OrgScope scope, ImportKind kind, int max);

    /** Earlier jobs of the same kind and file within the scope that were committed, newest first. */
    List<ImportJob> committedWithSameFile(OrgScope scope, ImportKind kind, String sha256, long exceptJobId);

    /** Jobs in the given states created before the given time, e.g. to expire or to mark as interrupted. */
    List<ImportJob> inStates(List<ImportStatus> states, OffsetDateTime createdBefore);

    void add(ImportJob job);

    /** Writes pending changes now, e.g. to learn a new job's id or to meet a version conflict here. */
    void flush();

    void addError(ImportRowError error);

    /** The first rows in error of a job, in file order. */
    List<ImportRowError> errors(ImportJob job, int max);

    /** Every row in error of a job in file order, without holding them all in memory. */
    void forEachError(ImportJob job, Consumer<ImportRowError> action);

    void deleteErrors(ImportJob job);
}
