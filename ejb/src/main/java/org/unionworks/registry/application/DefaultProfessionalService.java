package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.Activist;
import org.unionworks.registry.model.ActivistRepository;
import org.unionworks.registry.model.Employment;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.Post;
import org.unionworks.registry.model.PostRepository;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.registry.model.Profile;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.AuditRepository;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.RevealReason;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * Registry use cases for professionals. Every read and write goes through the caller's scope;
 * every change is audited with the names of the changed fields (never their values).
 */
@Stateless
@Interceptors(AuditFailures.class)
public class DefaultProfessionalService implements ProfessionalService {

    static final String TYPE = "Professional";
    private static final int HISTORY_MAX = 500;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    OrgUnitRepository units;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    PostRepository posts;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    ActivistRepository activists;

    @Inject
    CurrentCaller caller;

    @Inject
    ProfessionalListScope listScope;

    @Inject
    AuditTrail audit;

    @Inject
    AuditRepository auditTrail;

    @Resource
    EJBContext context;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public Page<ProfessionalListItem> search(ProfessionalFilter filter, PageRequest page) {
        OrgScope scope = listScope.of(filter);
        List<ProfessionalListItem> items = professionals.findPage(scope, filter, page.offset(), page.size(),
                page.sortField(), page.ascending());
        return new Page<>(items, professionals.count(scope, filter), page.offset(), page.size());
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public long count(ProfessionalFilter filter) {
        return professionals.count(listScope.of(filter), filter);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public Optional<Long> findIdByResidentId(String residentId) {
        ResidentId id = ResidentId.parse(residentId);
        OrgScope scope = caller.scope();
        return professionals.findByResidentIdIndex(sealer.index(id))
                .filter(p -> scope.contains(p.getPath()))
                .map(Professional::getId);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public ProfessionalDetails get(long id) {
        return details(load(id));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails register(ProfessionalForm form) {
        return register(form, RecordSource.ENTERED);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails registerPromoted(long activistId, ProfessionalForm form) {
        // a record says it came from the pool only with a pool member behind it, who is marked at once
        Activist member = activists.find(caller.scope(), activistId)
                .orElseThrow(() -> new NotFoundException("Activist", activistId));
        member.requirePromotable();
        Professional p = registered(form, RecordSource.PROMOTED);
        member.promotedTo(p);
        return details(p);
    }

    private ProfessionalDetails register(ProfessionalForm form, RecordSource source) {
        return details(registered(form, source));
    }

    private Professional registered(ProfessionalForm form, RecordSource source) {
        OrgScope scope = caller.scope();
        ResidentId residentId = ResidentId.parse(form.residentId());
        String index = sealer.index(residentId);
        professionals.findByResidentIdIndex(index).ifPresent(existing -> {
            throw scope.contains(existing.getPath())
                    ? new DomainException("registry.residentId.duplicateInScope", "already registered", existing.getId())
                    : new DomainException("registry.residentId.duplicateElsewhere", "registered by another organisation");
        });
        OrgUnit home = unitInScope(scope, form.orgUnitId());
        Professional p = Professional.register(profile(form), residentId, sealer.seal(residentId), home,
                employment(scope, form.employmentMode(), form.employerId()), form.joinedOn(), source,
                caller.get().username());
        p.changePhone(sealer.seal(phone(form.phone())));
        professionals.add(p);
        em.flush();
        audit.record(AuditAction.PROFESSIONAL_CREATED, TYPE, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("professionalCreated", home.getId()));
        return p;
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails update(ProfessionalForm form) {
        if (form.id() == null) {
            throw new DomainException("error.notFound", "no id to update");
        }
        OrgScope scope = caller.scope();
        Professional p = loadForChange(form.id(), form.version());
        List<String> changed = new ArrayList<>();
        Set<String> profileFields = p.updateProfile(profile(form));
        profileFields.forEach(f -> changed.add("field." + f));
        if (form.residentId() != null && !form.residentId().isBlank()) {
            ResidentId residentId = ResidentId.parse(form.residentId());
            String index = sealer.index(residentId);
            professionals.findByResidentIdIndex(index).filter(other -> !other.equals(p)).ifPresent(other -> {
                throw new DomainException("registry.residentId.duplicateElsewhere", "number belongs to another record");
            });
            if (p.changeResidentId(residentId, sealer.seal(residentId))) {
                changed.add("field.residentId");
            }
        }
        if (form.phone() != null && !form.phone().isBlank() && p.changePhone(sealer.seal(phone(form.phone())))) {
            changed.add("field.phone");
        }
        if (p.changeEmployment(keptOrNew(p, scope, form.employmentMode(), form.employerId()))) {
            changed.add("field.employment");
        }
        if (!form.orgUnitId().equals(p.getOrgUnit().getId()) && p.assignTo(unitInScope(scope, form.orgUnitId()))) {
            changed.add("field.orgUnit");
        }
        if (changed.isEmpty()) {
            return details(p);
        }
        p.touch(caller.get().username());
        flush(p);
        audit.record(AuditAction.PROFESSIONAL_UPDATED, TYPE, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("professionalUpdated", AuditDetail.labels(changed)));
        return details(p);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails postTo(PostingCommand command) {
        OrgScope scope = caller.scope();
        Professional p = loadForChange(command.professionalId(), command.version());
        Post post = posts.find(scope, command.postId()).orElseThrow(() -> new NotFoundException("Post", command.postId()));
        p.postTo(post, command.startDate(), command.reason(),
                employment(scope, command.employmentMode(), command.employerId()), caller.get().username());
        p.touch(caller.get().username());
        flush(p);
        audit.record(AuditAction.PROFESSIONAL_POSTED, TYPE, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("posted", post.getId(), command.startDate(), "#" + command.reason().labelKey()));
        return details(p);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails leave(long id, long version, LocalDate date, LeaveReason reason) {
        Professional p = loadForChange(id, version);
        p.leave(date, reason);
        p.touch(caller.get().username());
        flush(p);
        audit.record(AuditAction.PROFESSIONAL_LEFT, TYPE, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("left", date, "#" + reason.labelKey()));
        return details(p);
    }

    @Override
    @RolesAllowed(Roles.PERSONAL_DATA)
    public String reveal(long id, PersonalField field, RevealReason reason) {
        Professional p = load(id);
        String value = switch (field) {
            case RESIDENT_ID -> sealer.reveal(field, p.getResidentIdCipher());
            case PHONE -> sealer.reveal(field, p.getPhoneCipher());
        };
        audit.record(AuditAction.PERSONAL_DATA_REVEALED, TYPE, p.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("revealed", "#" + field.labelKey(), "#" + reason.labelKey()));
        return value;
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public List<HistoryEntry> history(long id) {
        Professional p = load(id);
        return auditTrail.forObject(TYPE, String.valueOf(p.getId()), HISTORY_MAX).stream()
                .map(e -> new HistoryEntry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getOutcome(),
                        e.getDetail()))
                .toList();
    }

    private ProfessionalDetails details(Professional p) {
        return ProfessionalDetails.of(p, context.isCallerInRole(Roles.PERSONAL_DATA));
    }

    private Professional load(long id) {
        return professionals.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** Loads for a change and refuses it when someone saved since the caller loaded the record. */
    private Professional loadForChange(long id, long version) {
        Professional p = load(id);
        if (p.getVersion() != version) {
            throw new ConcurrentEditException(TYPE, id, p.getUpdatedBy(), p.getUpdatedAt());
        }
        return p;
    }

    /** The version check above and this flush together: a save racing ours between them loses here. */
    private void flush(Professional p) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, p.getId());
        }
    }

    private OrgUnit unitInScope(OrgScope scope, long orgUnitId) {
        return units.find(scope, orgUnitId).orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitId));
    }

    /** Keeping the current employer needs no pick rights; naming another one does. */
    private Employment keptOrNew(Professional p, OrgScope scope, EmploymentMode mode, Long employerId) {
        if (employerId != null && p.getEmployer() != null && employerId.equals(p.getEmployer().getId())) {
            return Employment.of(mode, p.getEmployer());
        }
        return employment(scope, mode, employerId);
    }

    private Employment employment(OrgScope scope, EmploymentMode mode, Long employerId) {
        var employer = employerId == null ? null : socialOrgs.findUsableAsEmployer(scope, employerId)
                .orElseThrow(() -> new NotFoundException("SocialOrganization", employerId));
        return Employment.of(mode, employer);
    }

    private static PhoneNumber phone(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumber.parse(raw);
    }

    private static Profile profile(ProfessionalForm form) {
        return new Profile(form.fullName(), form.education(), form.major(), form.socialWorkMajor(),
                form.politicalStatus(), form.category());
    }
}
