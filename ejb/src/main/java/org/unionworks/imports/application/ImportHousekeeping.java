package org.unionworks.imports.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionworks.imports.model.ImportJob;
import org.unionworks.imports.model.ImportJobRepository;
import org.unionworks.imports.model.ImportStatus;
import org.unionworks.shared.infrastructure.upload.UploadStore;

/**
 * Keeps uploads from outliving their jobs. At start: a pass that was running when the server stopped never
 * finishes, so its job is marked failed (its transaction was rolled back: nothing was written) and its file
 * deleted, as is any file no job refers to. Every hour: a checked file whose commit nobody started within
 * {@code unionworks.import.keep-hours} is withdrawn and deleted.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportHousekeeping {

    private static final Logger LOG = Logger.getLogger(ImportHousekeeping.class.getName());

    @Inject
    ImportJobRepository jobs;

    @Inject
    UploadStore uploads;

    @Inject
    ImportSettings settings;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void afterRestart() {
        inTransaction(() -> {
            for (ImportJob job : jobs.inStates(List.of(ImportStatus.VALIDATING, ImportStatus.COMMITTING),
                    OffsetDateTime.now().plusMinutes(1))) {
                job.failed("import.job.interrupted");
                uploads.delete(job.getUploadKey());
                LOG.warning(() -> "import " + job.getId() + " was interrupted by a restart; nothing was written");
            }
            Set<String> kept = new HashSet<>();
            jobs.inStates(List.of(ImportStatus.VALIDATED), OffsetDateTime.now().plusMinutes(1))
                    .forEach(j -> kept.add(j.getUploadKey()));
            uploads.keys().stream().filter(k -> !kept.contains(k)).forEach(uploads::delete);
        });
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void expire() {
        inTransaction(() -> {
            for (ImportJob job : jobs.inStates(List.of(ImportStatus.VALIDATED),
                    OffsetDateTime.now().minusHours(settings.keepHours()))) {
                job.cancel("import.job.expired");
                uploads.delete(job.getUploadKey());
                LOG.info(() -> "import " + job.getId() + " expired unconfirmed; its file is deleted");
            }
        });
    }

    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Import housekeeping failed; it runs again on the hour", e);
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // already rolled back or never begun
            }
        }
    }
}
