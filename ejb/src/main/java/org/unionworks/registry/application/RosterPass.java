package org.unionworks.registry.application;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.model.Employment;
import org.unionworks.registry.model.ImportCounts;
import org.unionworks.registry.model.ImportJob;
import org.unionworks.registry.model.ImportMode;
import org.unionworks.registry.model.ImportRowError;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.RowIssue;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.infrastructure.spreadsheet.RowHandler;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * One pass over a roster: every row is parsed, checked against the registry and counted as new, changed, unchanged
 * or in error. A dry run stops there (its transaction is rolled back); a commit also writes. Both run the same
 * domain operations on the same records, so the dry run's counts are the commit's unless someone changes the
 * registry in between.
 *
 * <p>Rows are handled in chunks: one query finds the chunk's people already registered (by blind index), then the
 * persistence context is flushed and cleared, so memory does not grow with the file.
 */
final class RosterPass implements RowHandler {

    static final int CHUNK = 500;

    enum Phase { DRY_RUN, COMMIT }

    /** Stops a commit in all-or-nothing mode at the first row that turned invalid since the dry run. */
    static final class RowRefused extends RuntimeException {
        RowRefused() {
            super("a row is invalid in all-or-nothing mode", null, false, false);
        }
    }

    /** What the pass needs from its surroundings. */
    record Context(Phase phase, ImportJob job, OrgScope scope, String username, RosterRowParser parser,
                   EntityManager em, Services services, Set<Integer> knownErrors,
                   Map<VacancyKey, Deque<Long>> vacancies, ResourceBundle labels) {
    }

    /** The beans the pass works through. */
    record Services(PersonalDataSealer sealer, ProfessionalRepository professionals, PostRepository posts,
                    AuditTrail audit, ImportLedger ledger, ImportRowCodec codec) {
    }

    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record VacancyKey(long orgUnitId, ServiceField field, PostGrade grade) {
    }

    private record Pending(SheetRow sheetRow, RosterRow row, String index) {
    }

    private final Context c;
    private final long jobId;
    private final List<Pending> chunk = new ArrayList<>(CHUNK);
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<ImportLedger.StagedError> staged = new ArrayList<>();
    private int total;
    private int errors;
    private int newRows;
    private int changedRows;
    private int unchangedRows;
    private int newErrors;

    RosterPass(Context context) {
        this.c = context;
        this.jobId = context.job().getId();
    }

    @Override
    public boolean row(SheetRow sheetRow) {
        total++;
        RosterRowParser.Parsed parsed = c.parser().parse(sheetRow);
        if (!parsed.valid()) {
            error(sheetRow, parsed.issues());
        } else {
            String index = c.services().sealer().index(parsed.row().residentId());
            Integer first = seen.putIfAbsent(index, sheetRow.rowNumber());
            if (first != null) {
                error(sheetRow, List.of(RowIssue.of(RosterColumn.RESIDENT_ID.index(), "import.row.duplicateInFile", first)));
            } else {
                chunk.add(new Pending(sheetRow, parsed.row(), index));
            }
        }
        if (chunk.size() >= CHUNK) {
            flushChunk();
        }
        return true;
    }

    /** Handles the last rows; call once the reader is done. */
    ImportCounts finish() {
        flushChunk();
        return counts();
    }

    ImportCounts counts() {
        return new ImportCounts(total, errors, newRows, changedRows, unchangedRows);
    }

    /** Rows that were valid in the dry run and are not any more. */
    int newErrors() {
        return newErrors;
    }

    /** Errors not yet stored (a commit that is refused hands them to the ledger after its rollback). */
    List<ImportLedger.StagedError> unstoredErrors() {
        return List.copyOf(staged);
    }

    private void flushChunk() {
        if (!chunk.isEmpty()) {
            Map<String, Professional> existing = c.services().professionals()
                    .findByResidentIdIndexes(chunk.stream().map(Pending::index).toList()).stream()
                    .collect(Collectors.toMap(Professional::getResidentIdIndex, Function.identity()));
            for (Pending pending : chunk) {
                try {
                    apply(pending, existing.get(pending.index()));
                } catch (DomainException e) {
                    error(pending.sheetRow(), List.of(new RowIssue(RowIssue.WHOLE_ROW, e.messageKey(),
                            Arrays.stream(e.arguments()).map(String::valueOf).toList())));
                }
            }
            chunk.clear();
        }
        if (c.phase() == Phase.COMMIT) {
            c.em().flush();
            staged.forEach(e -> c.em().persist(new ImportRowError(c.em().getReference(ImportJob.class, jobId),
                    e.rowNumber(), e.cells(), e.issues())));
            staged.clear();
            c.em().flush();
        } else if (!staged.isEmpty()) {
            c.services().ledger().recordErrors(jobId, List.copyOf(staged));
            staged.clear();
        }
        // a dry run's changes are never flushed; either way the context starts empty for the next chunk
        c.em().clear();
        c.services().ledger().progress(jobId, total);
    }

    private void apply(Pending pending, Professional existing) {
        RosterRow row = pending.row();
        if (existing == null) {
            register(row);
            newRows++;
            return;
        }
        if (!c.scope().contains(existing.getPath())) {
            throw new DomainException("registry.residentId.duplicateElsewhere", "registered outside the scope");
        }
        if (existing.getStatus() != ProfessionalStatus.ACTIVE) {
            throw new DomainException("import.row.personLeft", "record says the person left", existing.getId());
        }
        refuseIfChangedSinceTheCheck(existing);
        Set<String> changed = update(existing, row);
        if (changed.isEmpty()) {
            unchangedRows++;
            return;
        }
        changedRows++;
        if (c.phase() == Phase.COMMIT) {
            existing.touch(c.username());
            c.services().audit().record(AuditAction.PROFESSIONAL_UPDATED, DefaultProfessionalService.TYPE,
                    existing.getId(), AuditOutcome.SUCCESS, AuditDetail.of("professionalUpdatedByImport", jobId,
                            AuditDetail.labels(changed)));
        }
    }

    /**
     * The commit writes what the dry run showed the clerk, or nothing: a record someone saved after this file was
     * uploaded (by hand, or by another import) is not overwritten; the row is refused with who and when, like a
     * stale save on the record page.
     */
    private void refuseIfChangedSinceTheCheck(Professional existing) {
        OffsetDateTime checkedFrom = c.job().getCreatedAt();
        if (c.phase() == Phase.COMMIT && existing.getUpdatedAt() != null && checkedFrom != null
                && existing.getUpdatedAt().isAfter(checkedFrom)) {
            throw new DomainException("import.row.changedSinceCheck", "record changed after the upload",
                    existing.getUpdatedBy() == null ? "?" : existing.getUpdatedBy(),
                    existing.getUpdatedAt().format(CHANGED_AT));
        }
    }

    private void register(RosterRow row) {
        PersonalDataSealer sealer = c.services().sealer();
        OrgUnit home = c.em().find(OrgUnit.class, row.orgUnitId());
        Professional p = Professional.register(row.profile(), row.residentId(), sealer.seal(row.residentId()), home,
                employment(row), row.joinedOn(), RecordSource.IMPORTED, c.username());
        p.changePhone(sealer.seal(row.phone()));
        if (row.namesPost()) {
            post(p, row, home);
        }
        if (c.phase() == Phase.COMMIT) {
            // the id comes from the sequence at persist: no flush per row, the chunk is written in JDBC batches
            c.services().professionals().add(p);
            c.services().audit().record(AuditAction.PROFESSIONAL_CREATED, DefaultProfessionalService.TYPE, p.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("professionalImported", home.getId(), jobId));
        }
    }

    /** Profile, phone, employment and home unit; a post only for someone who holds none (transfers are the record page's). */
    private Set<String> update(Professional p, RosterRow row) {
        Set<String> changed = new LinkedHashSet<>();
        p.updateProfile(row.profileOver(p.profile())).forEach(f -> changed.add("field." + f));
        if (row.phone() != null && p.changePhone(c.services().sealer().seal(row.phone()))) {
            changed.add("field.phone");
        }
        if (p.changeEmployment(employment(row))) {
            changed.add("field.employment");
        }
        OrgUnit home = c.em().find(OrgUnit.class, row.orgUnitId());
        if (p.assignTo(home)) {
            changed.add("field.orgUnit");
        }
        if (row.namesPost() && p.getCurrentPost() == null) {
            post(p, row, home);
            changed.add("field.post");
        }
        return changed;
    }

    private void post(Professional p, RosterRow row, OrgUnit unit) {
        // each pass has its own copy of the vacancies: a post taken by one row is not offered to the next
        Deque<Long> vacant = c.vacancies().getOrDefault(
                new VacancyKey(unit.getId(), row.serviceField(), row.postGrade()), new ArrayDeque<>());
        Post post;
        if (!vacant.isEmpty()) {
            post = c.em().find(Post.class, vacant.removeFirst());
        } else {
            LocalDate established = later(row.joinedOn(), unit.getValidFrom());
            post = new Post(unit, c.labels().getString(row.serviceField().labelKey()), row.serviceField(),
                    row.postGrade(), established);
            if (c.phase() == Phase.COMMIT) {
                c.services().posts().add(post);
            }
        }
        p.postTo(post, later(row.joinedOn(), post.getEstablishedOn()), PostingReason.NEW_HIRE, employment(row),
                c.username());
    }

    private Employment employment(RosterRow row) {
        SocialOrganization employer = row.employerId() == null ? null
                : c.em().find(SocialOrganization.class, row.employerId());
        return Employment.of(row.employmentMode(), employer);
    }

    private void error(SheetRow sheetRow, List<RowIssue> issues) {
        errors++;
        if (c.knownErrors().contains(sheetRow.rowNumber())) {
            return;
        }
        if (c.phase() == Phase.COMMIT) {
            newErrors++;
        }
        ImportRowCodec codec = c.services().codec();
        staged.add(new ImportLedger.StagedError(sheetRow.rowNumber(), codec.sealCells(sheetRow.cells()),
                codec.writeIssues(issues)));
        if (c.phase() == Phase.COMMIT && c.job().getMode() == ImportMode.ALL_OR_NOTHING) {
            throw new RowRefused();
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
