package org.unionworks.web.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.registry.application.SocialOrgForm;
import org.unionworks.registry.application.SocialOrgView;
import org.unionworks.registry.application.SocialOrganizationService;
import org.unionworks.registry.model.SocialOrgStatus;
import org.unionworks.web.shell.Messages;
import org.unionworks.web.shell.ServiceListModel;

/**
 * Worker-service social organisations (职工服务类社会组织) supervised in the caller's area: a
 * lazy list (a few hundred per province, paged and counted in SQL all the same) and a dialog to
 * register or correct one, its credit code checked per GB 32100, and to change its status.
 */
@Named
@ViewScoped
public class SocialOrgsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SocialOrganizationService socialOrgs;

    @Inject
    transient OrgUnitService orgUnits;

    // filters
    private String nameContains;
    private SocialOrgStatus status;

    private ServiceListModel<SocialOrgView> model;

    // the dialog
    private SocialOrgView editing;
    private String name;
    private String creditCode;
    private OrgUnitView supervisingUnit;
    private OrgUnitView incubatedBy;
    private LocalDate registeredOn;
    private SocialOrgStatus formStatus;
    private LocalDate statusSince;
    private boolean conflict;

    @PostConstruct
    void init() {
        model = new ServiceListModel<>(() -> socialOrgs.count(nameContains, status),
                page -> socialOrgs.list(nameContains, status, page).items(), SocialOrgView::id);
    }

    public void clear() {
        nameContains = null;
        status = null;
    }

    public void startCreate() {
        editing = null;
        conflict = false;
        name = null;
        creditCode = null;
        supervisingUnit = orgUnits.scopeRoot();
        incubatedBy = null;
        registeredOn = null;
        formStatus = SocialOrgStatus.ACTIVE;
        statusSince = null;
    }

    public void startEdit(SocialOrgView row) {
        Messages.attempt(() -> fill(socialOrgs.get(row.id())));
    }

    private void fill(SocialOrgView s) {
        editing = s;
        conflict = false;
        name = s.name();
        creditCode = s.creditCode();
        supervisingUnit = orgUnits.get(s.supervisingUnitId());
        // the current incubator is shown by name (it may be a union above the caller); a pick replaces it
        incubatedBy = null;
        registeredOn = s.registeredOn();
        formStatus = s.status();
        statusSince = s.statusSince();
    }

    public void save() {
        SocialOrgForm form = new SocialOrgForm(editing == null ? null : editing.id(),
                editing == null ? 0 : editing.version(), name, creditCode,
                supervisingUnit == null ? null : supervisingUnit.id(), incubatorId(),
                registeredOn, editing == null ? null : formStatus, editing == null ? null : statusSince);
        Messages.Outcome outcome = Messages.attempt(() -> {
            SocialOrgView saved = editing == null ? socialOrgs.create(form) : socialOrgs.update(form);
            Messages.info(editing == null ? "socialOrg.created" : "socialOrg.saved", saved.name());
            PrimeFaces.current().executeScript("PF('socialOrgDialog').hide()");
        });
        conflict = outcome == Messages.Outcome.CONFLICT;
    }

    private Long incubatorId() {
        if (incubatedBy != null) {
            return incubatedBy.id();
        }
        return editing == null ? null : editing.incubatedById();
    }

    /** After a conflict: the organisation as it is now, the clerk's edits discarded. */
    public void reload() {
        Messages.attempt(() -> {
            fill(socialOrgs.get(editing.id()));
            Messages.info("socialOrg.reloaded");
        });
    }

    /** A new status is dated: the day it changed defaults to today. */
    public void statusChanged() {
        if (editing != null && formStatus != editing.status()) {
            statusSince = LocalDate.now();
        }
    }

    public ServiceListModel<SocialOrgView> getModel() {
        return model;
    }

    public List<SocialOrgStatus> getStatuses() {
        return Arrays.asList(SocialOrgStatus.values());
    }

    public boolean isCreating() {
        return editing == null;
    }

    public String getNameContains() { return nameContains; }
    public void setNameContains(String v) { nameContains = v; }
    public SocialOrgStatus getStatus() { return status; }
    public void setStatus(SocialOrgStatus v) { status = v; }
    public SocialOrgView getEditing() { return editing; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCreditCode() { return creditCode; }
    public void setCreditCode(String v) { creditCode = v; }
    public OrgUnitView getSupervisingUnit() { return supervisingUnit; }
    public void setSupervisingUnit(OrgUnitView v) { supervisingUnit = v; }
    public OrgUnitView getIncubatedBy() { return incubatedBy; }
    public void setIncubatedBy(OrgUnitView v) { incubatedBy = v; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate v) { registeredOn = v; }
    public SocialOrgStatus getFormStatus() { return formStatus; }
    public void setFormStatus(SocialOrgStatus v) { formStatus = v; }
    public LocalDate getStatusSince() { return statusSince; }
    public void setStatusSince(LocalDate v) { statusSince = v; }
    public boolean isConflict() { return conflict; }
}
