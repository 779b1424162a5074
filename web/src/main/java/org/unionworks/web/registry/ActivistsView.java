package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.registry.application.ActivistForm;
import org.unionworks.registry.application.ActivistService;
import org.unionworks.registry.application.ActivistView;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.application.PromotionForm;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.model.ActivistFilter;
import org.unionworks.registry.model.ActivistKind;
import org.unionworks.registry.model.ActivistStatus;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.web.shell.Messages;

/**
 * The activist and volunteer pool: a lazy list of the caller's scope, a dialog to register or correct a member,
 * and the promotion dialog that asks only for what a professional's record needs beyond the pool's.
 */
@Named
@ViewScoped
public class ActivistsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ActivistService activists;

    @Inject
    transient OrgUnitService orgUnits;

    private LazyDataModel<ActivistView> model;

    // filters
    private String name;
    private ActivistKind kind;
    private ActivistStatus status = ActivistStatus.ACTIVE;

    // the member dialog
    private Long id;
    private long version;
    private ActivistKind formKind = ActivistKind.ACTIVIST;
    private String fullName;
    private String residentId;
    private String phone;
    private OrgUnitView orgUnit;
    private String skills;
    private LocalDate registeredOn;

    // the promotion dialog
    private ActivistView promoting;
    private EducationLevel education;
    private String major;
    private boolean socialWorkMajor;
    private PoliticalStatus politicalStatus;
    private ProfessionalCategory category = ProfessionalCategory.SOCIAL_WORKER;
    private EmploymentMode employmentMode = EmploymentMode.DIRECT_HIRE;
    private SocialOrgView employer;
    private LocalDate joinedOn;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) activists.count(filter());
            }

            @Override
            public List<ActivistView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return activists.search(filter(), new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() != SortOrder.DESCENDING)).items();
            }

            @Override
            public String getRowKey(ActivistView item) {
                return String.valueOf(item.id());
            }
        };
    }

    private ActivistFilter filter() {
        return new ActivistFilter(name, kind, status);
    }

    public void startCreate() {
        id = null;
        version = 0;
        formKind = ActivistKind.ACTIVIST;
        fullName = residentId = phone = skills = null;
        orgUnit = orgUnits.scopeRoot();
        registeredOn = LocalDate.now();
    }

    public void startEdit(ActivistView a) {
        id = a.id();
        version = a.version();
        formKind = a.kind();
        fullName = a.fullName();
        residentId = phone = null;
        orgUnit = orgUnits.get(a.orgUnitId());
        skills = a.skills();
        registeredOn = a.registeredOn();
    }

    public void save() {
        ActivistForm form = new ActivistForm(id, version, formKind, fullName, residentId, phone,
                orgUnit == null ? null : orgUnit.id(), skills, registeredOn);
        if (attempt(() -> {
            ActivistView saved = id == null ? activists.register(form) : activists.update(form);
            Messages.info("registry.activist.saved", saved.fullName());
        })) {
            PrimeFaces.current().executeScript("PF('activistDialog').hide()");
        }
    }

    public void setActive(ActivistView a, boolean active) {
        attempt(() -> activists.setActive(a.id(), a.version(), active));
    }

    public void startPromotion(ActivistView a) {
        promoting = a;
        education = null;
        major = null;
        socialWorkMajor = false;
        politicalStatus = null;
        category = ProfessionalCategory.SOCIAL_WORKER;
        employmentMode = EmploymentMode.DIRECT_HIRE;
        employer = null;
        joinedOn = LocalDate.now();
    }

    /** Registers the professional and opens their new record. */
    public String promote() {
        PromotionForm form = new PromotionForm(promoting.id(), promoting.version(), education, major, socialWorkMajor,
                politicalStatus, category, employmentMode,
                employmentMode == EmploymentMode.PURCHASED_SERVICE && employer != null ? employer.id() : null, null,
                joinedOn);
        ProfessionalDetails[] created = new ProfessionalDetails[1];
        if (!attempt(() -> created[0] = activists.promote(form))) {
            return null;
        }
        Messages.info("registry.activist.promoted", created[0].fullName());
        return "/registry/professional?faces-redirect=true&id=" + created[0].id();
    }

    /** Runs a change; a refusal becomes a message (a conflict also asks to reload the list). */
    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentEditException e) {
            Messages.error(e);
            return false;
        } catch (DomainException e) {
            Messages.error(e);
            return false;
        } catch (EJBException e) {
            Messages.invalid(e);
            return false;
        }
    }

    public LazyDataModel<ActivistView> getModel() {
        return model;
    }

    public List<ActivistKind> getKinds() {
        return Arrays.asList(ActivistKind.values());
    }

    public List<ActivistStatus> getStatuses() {
        return Arrays.asList(ActivistStatus.values());
    }

    public List<EducationLevel> getEducationLevels() {
        return Arrays.asList(EducationLevel.values());
    }

    public List<PoliticalStatus> getPoliticalStatuses() {
        return Arrays.asList(PoliticalStatus.values());
    }

    public List<ProfessionalCategory> getCategories() {
        return Arrays.asList(ProfessionalCategory.values());
    }

    public List<EmploymentMode> getEmploymentModes() {
        return Arrays.asList(EmploymentMode.values());
    }

    public boolean isCreating() { return id == null; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public ActivistKind getKind() { return kind; }
    public void setKind(ActivistKind v) { kind = v; }
    public ActivistStatus getStatus() { return status; }
    public void setStatus(ActivistStatus v) { status = v; }
    public ActivistKind getFormKind() { return formKind; }
    public void setFormKind(ActivistKind v) { formKind = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getResidentId() { return residentId; }
    public void setResidentId(String v) { residentId = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public OrgUnitView getOrgUnit() { return orgUnit; }
    public void setOrgUnit(OrgUnitView v) { orgUnit = v; }
    public String getSkills() { return skills; }
    public void setSkills(String v) { skills = v; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate v) { registeredOn = v; }
    public ActivistView getPromoting() { return promoting; }
    public EducationLevel getEducation() { return education; }
    public void setEducation(EducationLevel v) { education = v; }
    public String getMajor() { return major; }
    public void setMajor(String v) { major = v; }
    public boolean isSocialWorkMajor() { return socialWorkMajor; }
    public void setSocialWorkMajor(boolean v) { socialWorkMajor = v; }
    public PoliticalStatus getPoliticalStatus() { return politicalStatus; }
    public void setPoliticalStatus(PoliticalStatus v) { politicalStatus = v; }
    public ProfessionalCategory getCategory() { return category; }
    public void setCategory(ProfessionalCategory v) { category = v; }
    public EmploymentMode getEmploymentMode() { return employmentMode; }
    public void setEmploymentMode(EmploymentMode v) { employmentMode = v; }
    public SocialOrgView getEmployer() { return employer; }
    public void setEmployer(SocialOrgView v) { employer = v; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate v) { joinedOn = v; }
}
