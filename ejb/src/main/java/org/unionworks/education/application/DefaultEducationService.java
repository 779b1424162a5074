package org.unionworks.education.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.unionworks.certification.model.CreditHours;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.EducationRepository;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalRepository;
import org.unionworks.security.application.AuditFailures;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.application.CurrentCaller;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

@Stateless
@Interceptors(AuditFailures.class)
public class DefaultEducationService implements EducationService {

    static final String TYPE = "EducationActivity";

    @Inject
    EducationRepository records;

    @Inject
    ProfessionalRepository professionals;

    @Inject
    EducationSettings settings;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    @RolesAllowed(Roles.UNION_OFFICIAL)
    public EducationView record(EducationForm form) {
        Professional professional = professional(form.professionalId());
        CreditHours hours;
        try {
            hours = form.hours() == null ? null : CreditHours.of(form.hours());
        } catch (IllegalArgumentException e) {
            throw new DomainException("education.hours.invalid", e.getMessage(), "240");
        }
        EducationRecord record = new EducationRecord(professional, form.kind(), form.title(), form.provider(),
                form.completedOn(), hours, form.passed(), form.creditRule(), caller.get().username());
        records.add(record);
        em.flush();
        audit.record(AuditAction.EDUCATION_RECORDED, "Professional", professional.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("educationRecorded", "#" + form.kind().labelKey(), form.completedOn()));
        return EducationView.of(record);
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    public List<EducationView> activities(long professionalId) {
        return records.recordsOf(professional(professionalId)).stream().map(EducationView::of).toList();
    }

    @Override
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT})
    public List<String> creditRules() {
        return List.copyOf(settings.credits().rules().keySet());
    }

    private Professional professional(long id) {
        return professionals.find(caller.scope(), id).orElseThrow(() -> new NotFoundException("Professional", id));
    }
}
