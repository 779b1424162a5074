package org.unionworks.web.api;

import java.time.LocalDate;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;

/**
 * A professional in an API list. ID and phone numbers masked; the year of birth only, as on the
 * portal, because the full date would give back the digits the ID mask hides.
 */
public record ProfessionalSummary(long id, String fullName, String residentIdMasked, Gender gender,
                                  Integer birthYear, String phoneMasked, long orgUnitId, String orgUnitName,
                                  EmploymentMode employmentMode, String employerName, ServiceField serviceField,
                                  String postTitle, EducationLevel education, ProfessionalCategory category,
                                  ProfessionalStatus status, LocalDate joinedOn, LocalDate leftOn) {

    static ProfessionalSummary of(ProfessionalListItem p) {
        return new ProfessionalSummary(p.id(), p.fullName(), p.residentIdMasked(), p.gender(),
                p.birthDate() == null ? null : p.birthDate().getYear(), p.phoneMasked(), p.orgUnitId(),
                p.orgUnitName(), p.employmentMode(), p.employerName(), p.serviceField(), p.postTitle(), p.education(),
                p.category(), p.status(), p.joinedOn(), p.leftOn());
    }
}
