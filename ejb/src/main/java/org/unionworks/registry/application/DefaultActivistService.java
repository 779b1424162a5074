package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.Activist;
import org.unionworks.registry.model.ActivistFilter;
import org.unionworks.registry.model.ActivistRepository;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.SealedValue;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PersonalField;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.NotFoundException;

/**
 * The pool within the caller's scope. Promotion goes through {@link ProfessionalService} so that a promoted
 * member meets every rule of a registration (ID unique nationwide, employer, unit) in the same transaction as
 * the pool record's change: both happen or neither.
 */
@Stateless
@Interceptors(AuditFailures.class)
public class DefaultActivistService implements ActivistService {

    static final String TYPE = "Activist";

    @Inject
    ActivistRepository activists;

    @Inject
    OrgUnitRepository units;

    @Inject
    ProfessionalService professionals;

    @Inject
    PersonalDataSealer sealer;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public Page<ActivistView> search(ActivistFilter filter, PageRequest page) {
        OrgScope scope = caller.scope();
        return new Page<>(activists.findPage(scope, filter, page.offset(), page.size(), page.sortField(),
                page.ascending()).stream().map(ActivistView::of).toList(), activists.count(scope, filter),
                page.offset(), page.size());
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public long count(ActivistFilter filter) {
        return activists.count(caller.scope(), filter);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public ActivistView get(long id) {
        return ActivistView.of(load(id));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ActivistView register(ActivistForm form) {
        Activist a = new Activist(form.kind(), form.fullName(), unitInScope(form.orgUnitId()), form.skills(),
                form.registeredOn());
        a.changeResidentId(residentId(form.residentId()));
        a.changePhone(phone(form.phone()));
        activists.add(a);
        em.flush();
        audit.record(AuditAction.ACTIVIST_CREATED, TYPE, a.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("activistCreated", "#" + a.getKind().labelKey(), a.getOrgUnit().getId()));
        return ActivistView.of(a);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ActivistView update(ActivistForm form) {
        Activist a = loadForChange(form.id() == null ? -1 : form.id(), form.version());
        Set<String> changed = new LinkedHashSet<>();
        a.describe(form.kind(), form.fullName(), form.skills()).forEach(f -> changed.add("field." + f));
        if (a.changeResidentId(residentId(form.residentId()))) {
            changed.add("field.residentId");
        }
        if (a.changePhone(phone(form.phone()))) {
            changed.add("field.phone");
        }
        if (!form.orgUnitId().equals(a.getOrgUnit().getId()) && a.moveTo(unitInScope(form.orgUnitId()))) {
            changed.add("field.orgUnit");
        }
        if (!changed.isEmpty()) {
            flush(a);
            audit.record(AuditAction.ACTIVIST_UPDATED, TYPE, a.getId(), AuditOutcome.SUCCESS,
                    AuditDetail.of("activistUpdated", AuditDetail.labels(changed)));
        }
        return ActivistView.of(a);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ActivistView setActive(long id, long version, boolean active) {
        Activist a = loadForChange(id, version);
        if (active) {
            a.reactivate();
        } else {
            a.deactivate();
        }
        flush(a);
        audit.record(AuditAction.ACTIVIST_UPDATED, TYPE, a.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("activistStatus", "#" + a.getStatus().labelKey()));
        return ActivistView.of(a);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public ProfessionalDetails promote(PromotionForm form) {
        Activist a = loadForChange(form.activistId(), form.version());
        a.requirePromotable();
        // the numbers travel from one sealed record to the other; nobody sees them, so this is no reveal
        String residentId = sealer.reveal(PersonalField.RESIDENT_ID, a.getResidentIdCipher());
        String phone = sealer.reveal(PersonalField.PHONE, a.getPhoneCipher());
        ProfessionalDetails created = professionals.registerPromoted(a.getId(), new ProfessionalForm(null, 0,
                a.getFullName(), residentId, phone, form.education(), form.major(), form.socialWorkMajor(),
                form.politicalStatus(), form.category(), form.employmentMode(), form.employerId(),
                form.orgUnitId() == null ? a.getOrgUnit().getId() : form.orgUnitId(), form.joinedOn()));
        flush(a);
        audit.record(AuditAction.ACTIVIST_PROMOTED, TYPE, a.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("activistPromoted", created.id()));
        return created;
    }

    private Activist load(long id) {
        return activists.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private Activist loadForChange(long id, long version) {
        Activist a = load(id);
        if (a.getVersion() != version) {
            throw new ConcurrentEditException(TYPE, id);
        }
        return a;
    }

    private void flush(Activist a) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, a.getId());
        }
    }

    private OrgUnit unitInScope(long orgUnitId) {
        return units.find(caller.scope(), orgUnitId).orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitId));
    }

    private SealedValue residentId(String raw) {
        return raw == null || raw.isBlank() ? null : sealer.seal(ResidentId.parse(raw));
    }

    private SealedValue phone(String raw) {
        return raw == null || raw.isBlank() ? null : sealer.seal(PhoneNumber.parse(raw));
    }
}
