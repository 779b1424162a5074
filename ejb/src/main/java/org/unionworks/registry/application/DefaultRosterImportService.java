package org.unionworks.registry.application;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.unionworks.demo.SyntheticPeople;
import org.unionworks.demo.SyntheticPerson;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ImportJob;
import org.unionworks.registry.model.ImportJobRepository;
import org.unionworks.registry.model.ImportMode;
import org.unionworks.registry.model.ImportRowError;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.RowIssue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
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
 * Roster import use cases. The two long steps (dry run, commit) run in {@link RosterImportWorker}; this bean
 * starts them only after the job's state is committed ({@link ImportLedger}), so the background pass always finds
 * the job as the clerk left it.
 */
@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed(Roles.UNION_OFFICIAL)
public class DefaultRosterImportService implements RosterImportService {

    private static final int SAMPLE_VALID_ROWS = 6;

    @Inject
    ImportJobRepository jobs;

    @Inject
    ImportLedger ledger;

    @Inject
    RosterImportWorker worker;

    @Inject
    ImportSettings settings;

    @Inject
    UploadStore uploads;

    @Inject
    ImportRowCodec codec;

    @Inject
    OrgUnitRepository units;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Resource
    EJBContext context;

    @Override
    public void writeTemplate(Locale locale, OutputStream out) throws IOException {
        try (SpreadsheetWriter writer = RosterTemplate.open(locale, unitEntries(caller.scope()), settings.maxRows())) {
            RosterTemplate.finish(writer, locale, settings.maxRows(), settings.maxFileMegabytes(), out);
        }
    }

    @Override
    public void writeSample(Locale locale, OutputStream out) throws IOException {
        OrgScope scope = caller.scope();
        List<OrgUnit> active;
        try (Stream<OrgUnit> units = activeUnits(scope)) {
            active = units.limit(SAMPLE_VALID_ROWS).toList();
        }
        if (active.isEmpty()) {
            throw new NotFoundException("OrgUnit", caller.get().orgUnitId());
        }
        List<String> entries = unitEntries(scope);
        ResourceBundle labels = Labels.bundle(locale);
        SocialOrganization employer = socialOrgs.usableAsEmployer(scope, null, 1).stream().findFirst().orElse(null);
        SyntheticPeople people = new SyntheticPeople(System.nanoTime());
        try (SpreadsheetWriter writer = RosterTemplate.open(locale, entries, settings.maxRows())) {
            String firstId = null;
            for (int i = 0; i < SAMPLE_VALID_ROWS; i++) {
                OrgUnit unit = active.get(i % active.size());
                SyntheticPerson person = people.next(unit.getDivisionCode().value());
                firstId = firstId == null ? person.residentId() : firstId;
                boolean purchased = employer != null && i == 2;
                ServiceField field = ServiceField.values()[i % ServiceField.values().length];
                writer.row(List.of(person.name(), person.residentId(), person.mobile(),
                        labels.getString(EducationLevel.fromCode(person.educationCode()).labelKey()),
                        person.major() == null ? "" : person.major(),
                        labels.getString(person.socialWorkMajor() ? "roster.yes" : "roster.no"),
                        labels.getString(PoliticalStatus.fromCode(person.politicalStatusCode()).labelKey()),
                        labels.getString(ProfessionalCategory.SOCIAL_WORKER.labelKey()),
                        labels.getString((purchased ? EmploymentMode.PURCHASED_SERVICE : EmploymentMode.DIRECT_HIRE)
                                .labelKey()),
                        purchased ? employer.getCreditCode().value() : "",
                        RosterDirectory.entry(new RosterDirectory.Unit(unit.getId(), unit.getName())),
                        LocalDate.now().minusYears(1 + i).withDayOfMonth(1),
                        labels.getString(field.labelKey()),
                        labels.getString(PostGrade.ASSISTANT_1.labelKey())));
            }
            OrgUnit unit = active.get(0);
            SyntheticPerson wrongCheck = people.next(unit.getDivisionCode().value());
            String id = wrongCheck.residentId();
            char last = id.charAt(17);
            String badId = id.substring(0, 17) + (last == '0' ? '1' : last == 'X' ? '0' : (char) (last - 1));
            writer.row(sampleRow(labels, wrongCheck.name(), badId, entries.get(0)));
            SyntheticPerson noEducation = people.next(unit.getDivisionCode().value());
            List<Object> missing = new ArrayList<>(sampleRow(labels, noEducation.name(), noEducation.residentId(),
                    entries.get(0)));
            missing.set(RosterColumn.EDUCATION.index(), "");
            writer.row(missing);
            writer.row(sampleRow(labels, people.next(unit.getDivisionCode().value()).name(), firstId, entries.get(0)));
            RosterTemplate.finish(writer, locale, settings.maxRows(), settings.maxFileMegabytes(), out);
        }
    }

    private static List<Object> sampleRow(ResourceBundle labels, String name, String residentId, String unitEntry) {
        return List.of(name, residentId, "", labels.getString(EducationLevel.UNDERGRADUATE_GRADUATED.labelKey()),
                "", labels.getString("roster.no"), "", labels.getString(ProfessionalCategory.SOCIAL_WORKER.labelKey()),
                labels.getString(EmploymentMode.UNION_STAFF.labelKey()), "", unitEntry,
                LocalDate.now().minusYears(2).withDayOfMonth(1), "", "");
    }

    /**
     * No transaction here: the job is recorded (committed) by the ledger first, and only then is the dry run
     * started, so that it cannot look for a job not yet visible.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportJobView upload(String fileName, long declaredSize, InputStream content, ImportMode mode,
                                Locale locale) {
        UploadStore.Stored stored = uploads.store(content, settings.maxFileBytes(), settings.maxFileMegabytes());
        long jobId;
        try {
            jobId = ledger.open(fileName, stored, mode, locale);
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
        ImportJob before = jobs.committedWithSameFile(scope, job.getFileSha256(), job.getId()).stream().findFirst()
                .orElse(null);
        return ImportJobView.of(job, before);
    }

    @Override
    public List<ImportJobView> recent(int max) {
        return jobs.recent(caller.scope(), Math.max(1, Math.min(max, 100))).stream()
                .map(j -> ImportJobView.of(j, null)).toList();
    }

    @Override
    public List<ImportIssueView> firstIssues(long jobId, int maxRows, Locale locale) {
        ImportJob job = load(caller.scope(), jobId);
        List<String> titles = RosterTemplate.titles(locale);
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
        boolean reveal = context.isCallerInRole(Roles.PERSONAL_DATA);
        ResourceBundle labels = Labels.bundle(locale);
        List<String> titles = RosterTemplate.titles(locale);
        List<String> header = new ArrayList<>();
        header.add(labels.getString("roster.report.row"));
        header.addAll(titles);
        header.add(labels.getString("roster.report.errors"));
        int[] rows = {0};
        try (SpreadsheetWriter writer = new SpreadsheetWriter()) {
            writer.sheet(labels.getString("roster.report.sheet"))
                    .textColumns(Stream.of(RosterColumn.values()).filter(RosterColumn::text)
                            .mapToInt(c -> c.index() + 1).toArray())
                    .header(header);
            jobs.forEachError(job, error -> {
                List<Object> cells = new ArrayList<>();
                cells.add(error.getRowNumber());
                cells.addAll(codec.openCells(error.getCells(), reveal));
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

    private Stream<OrgUnit> activeUnits(OrgScope scope) {
        LocalDate today = LocalDate.now();
        return units.streamInTreeOrder(scope).filter(u -> u.isActiveOn(today));
    }

    private List<String> unitEntries(OrgScope scope) {
        try (Stream<OrgUnit> active = activeUnits(scope)) {
            return active.map(u -> RosterDirectory.entry(new RosterDirectory.Unit(u.getId(), u.getName()))).toList();
        }
    }
}
