package org.unionworks.registry.application;

import java.time.LocalDate;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PhoneNumber;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.Profile;
import org.unionworks.registry.model.ResidentId;
import org.unionworks.registry.model.ServiceField;

/**
 * One roster row whose cells all parsed: the values a registration or an update needs. The post (field and grade)
 * is optional and only ever both or neither.
 */
public record RosterRow(int rowNumber, String fullName, ResidentId residentId, PhoneNumber phone,
                        EducationLevel education, String major, boolean socialWorkMajor,
                        PoliticalStatus politicalStatus, ProfessionalCategory category,
                        EmploymentMode employmentMode, Long employerId, long orgUnitId, LocalDate joinedOn,
                        ServiceField serviceField, PostGrade postGrade) {

    public Profile profile() {
        return new Profile(fullName, education, major, socialWorkMajor, politicalStatus, category);
    }

    public boolean namesPost() {
        return serviceField != null;
    }
}
