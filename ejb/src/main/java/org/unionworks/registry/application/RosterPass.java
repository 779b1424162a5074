package org.unionworks.registry.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionworks.imports.application.ImportPass;
import org.unionworks.imports.model.RowIssue;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.registry.model.Employment;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ServiceField;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.infrastructure.spreadsheet.SheetRow;
import org.unionworks.shared.model.DomainException;

/**
 * One pass over a roster (see {@link ImportPass} for the mechanics): each row finds its person by the blind index
 * of the ID number, one query per chunk, and registers them or updates their record.
 */
final class RosterPass extends ImportPass<RosterPass.Pending> {

    /** What a roster pass needs beyond the job. */
    record Context(RosterRowParser parser, Services services, Map<VacancyKey, Deque<Long>> vacancies,
                   ResourceBundle labels) {
    }

    /** The beans the pass works through. */
    record Services(PersonalDataSealer sealer, ProfessionalRepository professionals, PostRepository posts,
                    AuditTrail audit) {
    }

    private static final DateTimeFormatter CHANGED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record VacancyKey(long orgUnitId, ServiceField field, PostGrade grade) {
    }

    record Pending(SheetRow sheetRow, RosterRow row, String index) implements ImportPass.Pending {
    }

    private final Context c;
    private final Map<String, Integer> seen = new HashMap<>();
    private Map<String, Professional> existing = Map.of();

    RosterPass(Setup setup, Context context) {
        super(setup);
        this.c = context;
    }

    @Override
    protected Pending parse(SheetRow sheetRow) {
        RosterRowParser.Parsed parsed = c.parser().parse(sheetRow);
        if (!parsed.valid()) {
            error(sheetRow, parsed.issues());
            return null;
        }
        String index = c.services().sealer().index(parsed.row().residentId());
        Integer first = seen.putIfAbsent(index, sheetRow.rowNumber());
        if (first != null) {
            error(sheetRow, List.of(RowIssue.of(RosterColumn.RESIDENT_ID.index(), "import.row.duplicateInFile", first)));
            return null;
        }
        return new Pending(sheetRow, parsed.row(), index);
    }

    @Override
    protected void prepare(List<Pending> rows) {
        existing = c.services().professionals().findByResidentIdIndexes(rows.stream().map(Pending::index).toList())
                .stream().collect(Collectors.toMap(Professional::getResidentIdIndex, Function.identity()));
    }

    @Override
    protected Outcome apply(Pending pending) {
        RosterRow row = pending.row();
        Professional existing = this.existing.get(pending.index());
        if (existing == null) {
            register(row);
            return Outcome.NEW;
        }
        if (!setup.scope().contains(existing.getPath())) {
            throw new DomainException("registry.residentId.duplicateElsewhere", "registered outside the scope");
        }
        if (existing.getStatus() != ProfessionalStatus.ACTIVE) {
            throw new DomainException("import.row.personLeft", "record says the person left", existing.getId());
        }
        refuseIfChangedSinceTheCheck(existing);
        Set<String> changed = update(existing, row);
        if (changed.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (committing()) {
            existing.touch(setup.username());
            c.services().audit().record(AuditAction.PROFESSIONAL_UPDATED, DefaultProfessionalService.TYPE,
                    existing.getId(), AuditOutcome.SUCCESS, AuditDetail.of("professionalUpdatedByImport", jobId(),
                            AuditDetail.labels(changed)));
        }
        return Outcome.CHANGED;
    }

    /**
     * The commit writes what the dry run showed the clerk, or nothing: a record someone saved after this file was
     * uploaded (by hand, or by another import) is not overwritten; the row is refused with who and when, like a
     * stale save on the record page.
     */
    private void refuseIfChangedSinceTheCheck(Professional existing) {
        OffsetDateTime checkedFrom = setup.job().getCreatedAt();
        if (committing() && existing.getUpdatedAt() != null && checkedFrom != null
                && existing.getUpdatedAt().isAfter(checkedFrom)) {
            throw new DomainException("import.row.changedSinceCheck", "record changed after the upload",
                    existing.getUpdatedBy() == null ? "?" : existing.getUpdatedBy(),
                    existing.getUpdatedAt().format(CHANGED_AT));
        }
    }

    private void register(RosterRow row) {
        PersonalDataSealer sealer = c.services().sealer();
        OrgUnit home = em().find(OrgUnit.class, row.orgUnitId());
        Professional p = Professional.register(row.profile(), row.residentId(), sealer.seal(row.residentId()), home,
                employment(row), row.joinedOn(), RecordSource.IMPORTED, setup.username());
        p.changePhone(sealer.seal(row.phone()));
        if (row.namesPost()) {
            post(p, row, home);
        }
        if (committing()) {
            // the id comes from the sequence at persist: no flush per row, the chunk is written in JDBC batches
            c.services().professionals().add(p);
            c.services().audit().record(AuditAction.PROFESSIONAL_CREATED, DefaultProfessionalService.TYPE, p.getId(),
                    AuditOutcome.SUCCESS, AuditDetail.of("professionalImported", home.getId(), jobId()));
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
        OrgUnit home = em().find(OrgUnit.class, row.orgUnitId());
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
            post = em().find(Post.class, vacant.removeFirst());
        } else {
            LocalDate established = later(row.joinedOn(), unit.getValidFrom());
            post = new Post(unit, c.labels().getString(row.serviceField().labelKey()), row.serviceField(),
                    row.postGrade(), established);
            if (committing()) {
                c.services().posts().add(post);
            }
        }
        p.postTo(post, later(row.joinedOn(), post.getEstablishedOn()), PostingReason.NEW_HIRE, employment(row),
                setup.username());
    }

    private Employment employment(RosterRow row) {
        SocialOrganization employer = row.employerId() == null ? null
                : em().find(SocialOrganization.class, row.employerId());
        return Employment.of(row.employmentMode(), employer);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
