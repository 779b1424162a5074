package org.unionworks.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.unionworks.organization.model.CreditCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.registry.model.SocialOrgStatus;
import org.unionworks.registry.model.SocialOrganization;
import org.unionworks.registry.model.SocialOrganizationRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultSocialOrganizationService implements SocialOrganizationService {

    static final String TYPE = "SocialOrganization";
    private static final int OPTIONS_MAX = 50;

    @Inject
    SocialOrganizationRepository socialOrgs;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public Page<SocialOrgView> list(String nameContains, SocialOrgStatus status, PageRequest page) {
        OrgScope scope = caller.scope();
        List<SocialOrgView> items = socialOrgs.findPage(scope, nameContains, status, page.offset(), page.size(),
                page.sortField(), page.ascending()).stream().map(SocialOrgView::of).toList();
        return new Page<>(items, socialOrgs.count(scope, nameContains, status), page.offset(), page.size());
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public long count(String nameContains, SocialOrgStatus status) {
        return socialOrgs.count(caller.scope(), nameContains, status);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public SocialOrgView get(long id) {
        return SocialOrgView.of(load(id));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public SocialOrgView create(SocialOrgForm form) {
        CreditCode code = CreditCode.parse(form.creditCode());
        if (socialOrgs.findByCreditCode(code.value()).isPresent()) {
            throw new DomainException("registry.socialOrg.creditCode.duplicate", "credit code already registered",
                    code.value());
        }
        OrgScope scope = caller.scope();
        SocialOrganization s = new SocialOrganization(form.name(), code, unit(scope, form.supervisingUnitId()),
                form.incubatedById() == null ? null : unit(scope, form.incubatedById()), form.registeredOn());
        socialOrgs.add(s);
        em.flush();
        audit.record(AuditAction.SOCIAL_ORG_CREATED, TYPE, s.getId(), AuditOutcome.SUCCESS, null);
        return SocialOrgView.of(s);
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public SocialOrgView update(SocialOrgForm form) {
        long id = form.id() == null ? -1 : form.id();
        SocialOrganization s = load(id);
        if (s.getVersion() != form.version()) {
            throw new ConcurrentEditException(TYPE, id);
        }
        OrgScope scope = caller.scope();
        s.rename(form.name());
        s.supervise(unit(scope, form.supervisingUnitId()), keptOrInScope(scope, s.getIncubatedBy(), form.incubatedById()));
        s.changeRegistrationDate(form.registeredOn());
        if (form.status() != null && (form.status() != s.getStatus() || !s.getStatusSince().equals(form.statusSince()))) {
            s.changeStatus(form.status(), form.statusSince());
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, id);
        }
        audit.record(AuditAction.SOCIAL_ORG_UPDATED, TYPE, s.getId(), AuditOutcome.SUCCESS, null);
        return SocialOrgView.of(s);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.FINANCE})
    public SocialOrgView employer(long id) {
        return socialOrgs.findUsableAsEmployer(caller.scope(), id).map(SocialOrgView::of)
                .orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public List<SocialOrgView> employerOptions(String nameContains) {
        return socialOrgs.usableAsEmployer(caller.scope(), nameContains, OPTIONS_MAX).stream()
                .map(SocialOrgView::of).toList();
    }

    private SocialOrganization load(long id) {
        return socialOrgs.find(caller.scope(), id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /**
     * Keeping the incubator needs no scope: a district organisation is often incubated by the city
     * or province union above the caller. Naming another one does.
     */
    private OrgUnit keptOrInScope(OrgScope scope, OrgUnit current, Long id) {
        if (id == null) {
            return null;
        }
        return current != null && id.equals(current.getId()) ? current : unit(scope, id);
    }

    private OrgUnit unit(OrgScope scope, long id) {
        return units.find(scope, id).orElseThrow(() -> new NotFoundException("OrgUnit", id));
    }
}
