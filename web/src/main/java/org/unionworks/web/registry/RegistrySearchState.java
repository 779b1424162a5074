package org.unionworks.web.registry;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;

/**
 * The professionals list's filters, kept for the session so that a clerk who opens a record
 * and comes back finds the list as they left it (page and sort: the table's multiViewState).
 */
@SessionScoped
public class RegistrySearchState implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String lastFour;
    private OrgUnitView orgUnit;
    private EmploymentMode employmentMode;
    private ProfessionalStatus status = ProfessionalStatus.ACTIVE;
    private EducationLevel education;
    private ServiceField serviceField;
    private ProfessionalCategory category;
    private LocalDate asOf;

    public ProfessionalFilter toFilter() {
        return new ProfessionalFilter(name, lastFour, orgUnit == null ? null : orgUnit.id(), employmentMode, status,
                education, serviceField, category, asOf);
    }

    public void clear() {
        name = null;
        lastFour = null;
        orgUnit = null;
        employmentMode = null;
        status = ProfessionalStatus.ACTIVE;
        education = null;
        serviceField = null;
        category = null;
        asOf = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLastFour() {
        return lastFour;
    }

    public void setLastFour(String lastFour) {
        this.lastFour = lastFour;
    }

    public OrgUnitView getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(OrgUnitView orgUnit) {
        this.orgUnit = orgUnit;
    }

    public EmploymentMode getEmploymentMode() {
        return employmentMode;
    }

    public void setEmploymentMode(EmploymentMode employmentMode) {
        this.employmentMode = employmentMode;
    }

    public ProfessionalStatus getStatus() {
        return status;
    }

    public void setStatus(ProfessionalStatus status) {
        this.status = status;
    }

    public EducationLevel getEducation() {
        return education;
    }

    public void setEducation(EducationLevel education) {
        this.education = education;
    }

    public ServiceField getServiceField() {
        return serviceField;
    }

    public void setServiceField(ServiceField serviceField) {
        this.serviceField = serviceField;
    }

    public ProfessionalCategory getCategory() {
        return category;
    }

    public void setCategory(ProfessionalCategory category) {
        this.category = category;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }
}
