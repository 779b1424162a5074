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
 * is optional and only ever both or neither. Optional cells left empty are null here ({@code socialWorkMajor}
 * too): for a new person they mean "none", for a person already registered "keep what the record holds".
 */
public record RosterRow(int rowNumber, String fullName, ResidentId residentId, PhoneNumber phone,
                        EducationLevel education, String major, Boolean socialWorkMajor,
                        PoliticalStatus politicalStatus, ProfessionalCategory category,
                        EmploymentMode employmentMode, Long employerId, long orgUnitId, LocalDate joinedOn,
                        ServiceField serviceField, PostGrade postGrade) {

    /** The profile of a person registered from this row: an empty social-work cell means no. */
    public Profile profile() {
        return new Profile(fullName, education, major, Boolean.TRUE.equals(socialWorkMajor), politicalStatus,
                category);
    }

    /**
     * The profile of a person already registered, updated by this row: a roster that leaves an optional column
     * empty (many provinces send only the columns they keep) does not erase what the record holds.
     */
    public Profile profileOver(Profile current) {
        return new Profile(fullName, education, major != null ? major : current.major(),
                socialWorkMajor != null ? socialWorkMajor : current.socialWorkMajor(),
                politicalStatus != null ? politicalStatus : current.politicalStatus(), category);
    }

    public boolean namesPost() {
        return serviceField != null;
    }
}
