package org.unionworks.registry.application;

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
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.ImportCounts;
import org.unionworks.registry.model.ImportJob;
import org.unionworks.registry.model.ImportJobRepository;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostFilter;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.infrastructure.spreadsheet.SpreadsheetRejectedException;
import org.unionworks.shared.infrastructure.spreadsheet.StreamingSheetReader;
import org.unionworks.shared.infrastructure.upload.UploadStore;
import org.unionworks.shared.model.DomainException;

/**
 * Runs an import job's two passes in the background, as the clerk who asked (the container carries the caller
 * into asynchronous calls, so scoping and audit work as in a request). Each pass is one transaction with its own
 * timeout: the dry run's is always rolled back, the commit's commits every row or none. What the page polls for
 * (progress, rows in error, the outcome) goes through {@link ImportLedger}, committed on its own.
 */
@Stateless
@RolesAllowed(Roles.UNION_OFFICIAL)
@TransactionManagement(TransactionManagementType.BEAN)
public class RosterImportWorker {

    private static final Logger LOG = Logger.getLogger(RosterImportWorker.class.getName());
    /** A 200,000-row roster takes well under this; the bound only stops a pass that hangs. */
    private static final int PASS_TIMEOUT_SECONDS = 3600;
    private static final int MAX_VACANCIES = 100_000;
    private static final int MAX_EMPLOYERS = 100_000;

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
    OrgUnitRepository units;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    PostRepository posts;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    ImportRowCodec codec;

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
            RosterPass pass = new RosterPass(context(RosterPass.Phase.DRY_RUN, job, Set.of()));
            read(job, pass);
            ImportCounts counts = pass.finish();
            rollback();
            ledger.validated(jobId, counts);
            LOG.info(() -> "import " + jobId + " dry run by " + job.getCreatedBy() + ": " + counts);
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
        RosterPass pass = null;
        try {
            begin();
            pass = new RosterPass(context(RosterPass.Phase.COMMIT, job, knownErrors));
            read(job, pass);
            ImportCounts counts = pass.finish();
            ImportJob current = em.find(ImportJob.class, jobId);
            current.committed(counts);
            audit.record(AuditAction.IMPORT_COMMITTED, "ImportJob", jobId, AuditOutcome.SUCCESS,
                    AuditDetail.of("importCommitted", counts.newRows(), counts.changedRows(), counts.errors()));
            transaction.commit();
            uploads.delete(job.getUploadKey());
            LOG.info(() -> "import " + jobId + " committed by " + job.getCommittedBy() + ": " + counts);
        } catch (RosterPass.RowRefused e) {
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

    private RosterPass.Context context(RosterPass.Phase phase, ImportJob job, Set<Integer> knownErrors) {
        OrgScope scope = caller.scope();
        Locale locale = job.getLocale();
        RosterRowParser parser = new RosterRowParser(RosterVocabulary.of(locale), directory(scope), LocalDate.now());
        RosterPass.Services services = new RosterPass.Services(sealer, professionals, posts, audit, ledger, codec);
        return new RosterPass.Context(phase, job, scope, caller.get().username(), parser, em, services, knownErrors,
                vacancies(scope), Labels.bundle(locale));
    }

    private RosterDirectory directory(OrgScope scope) {
        LocalDate today = LocalDate.now();
        List<RosterDirectory.Unit> active;
        try (Stream<OrgUnit> all = units.streamInTreeOrder(scope)) {
            active = all.filter(u -> u.isActiveOn(today)).map(u -> new RosterDirectory.Unit(u.getId(), u.getName()))
                    .toList();
        }
        Map<CreditCode, Long> employers = socialOrgs.usableAsEmployer(scope, null, MAX_EMPLOYERS).stream()
                .collect(Collectors.toMap(SocialOrganization::getCreditCode, SocialOrganization::getId, (a, b) -> a));
        em.clear();
        return new RosterDirectory(active, employers);
    }

    /** Vacant posts of the scope by unit, field and grade, oldest first: imported people fill these before new posts are set up. */
    private Map<RosterPass.VacancyKey, Deque<Long>> vacancies(OrgScope scope) {
        Map<RosterPass.VacancyKey, Deque<Long>> vacancies = new HashMap<>();
        for (Post post : posts.findPage(scope, new PostFilter(null, null, null, Boolean.TRUE, false), 0, MAX_VACANCIES,
                "establishedOn", true)) {
            vacancies.computeIfAbsent(new RosterPass.VacancyKey(post.getOrgUnit().getId(), post.getServiceField(),
                    post.getGrade()), k -> new ArrayDeque<>()).add(post.getId());
        }
        em.clear();
        return vacancies;
    }

    /** Reads with the titles of the job's language; a roster headed in the other language is read as well. */
    private void read(ImportJob job, RosterPass pass) {
        Path file = uploads.path(job.getUploadKey());
        StreamingSheetReader reader = new StreamingSheetReader(settings.maxRows());
        try {
            reader.read(file, RosterTemplate.titles(job.getLocale()), pass);
        } catch (SpreadsheetRejectedException first) {
            if (!isHeaderRefusal(first)) {
                throw first;
            }
            // the header is checked before any row is handed over, so reading again starts from nothing
            try {
                reader.read(file, RosterTemplate.titles(RosterTemplate.otherLanguage(job.getLocale())), pass);
            } catch (SpreadsheetRejectedException second) {
                throw isHeaderRefusal(second) ? first : second;
            }
        }
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
