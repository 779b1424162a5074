package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.unionworks.imports.application.ImportJobView;
import org.unionworks.imports.application.ImportService;
import org.unionworks.imports.model.ImportMode;
import org.unionworks.it.support.Identity;

/** Following an import job as the page does: poll until its background pass is done. */
final class ImportJobs {

    private static final long WAIT_MILLIS = 120_000;

    private ImportJobs() {
    }

    static ImportJobView settled(ImportService imports, Identity who, long jobId) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        ImportJobView job = who.call(() -> imports.job(jobId));
        while (job.running()) {
            assertTrue(System.currentTimeMillis() < deadline, "import " + jobId + " still " + job.status());
            Thread.sleep(200);
            job = who.call(() -> imports.job(jobId));
        }
        return job;
    }

    static ImportJobView commit(ImportService imports, Identity who, ImportJobView checked, ImportMode mode)
            throws Exception {
        return settled(imports, who, who.call(() -> imports.commit(checked.id(), checked.version(), mode)).id());
    }
}
