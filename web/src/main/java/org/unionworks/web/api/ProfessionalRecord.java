package org.unionworks.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.unionworks.registry.application.PostingView;
import org.unionworks.registry.application.ProfessionalDetails;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ServiceField;

/**
 * One professional's record for the API, postings newest first. Masked like
 * {@link ProfessionalSummary}; the API has no way to ask for a full value.
 */
public record ProfessionalRecord(long id, long version, String fullName, String residentIdMasked, Gender gender,
                                 Integer birthYear, String phoneMasked, EducationLevel education, String major,
                                 boolean socialWorkMajor, PoliticalStatus politicalStatus,
                                 ProfessionalCategory category, EmploymentMode employmentMode, Long employerId,
                                 String employerName, long orgUnitId, String orgUnitName, Long currentPostId,
                                 String currentPostTitle, ServiceField serviceField, ProfessionalStatus status,
                                 LocalDate joinedOn, LocalDate leftOn, LeaveReason leaveReason, RecordSource source,
                                 OffsetDateTime updatedAt, String updatedBy, List<PostingView> postings) {

    static ProfessionalRecord of(ProfessionalDetails d) {
        return new ProfessionalRecord(d.id(), d.version(), d.fullName(), d.residentIdMasked(), d.gender(),
                d.birthDate() == null ? null : d.birthDate().getYear(), d.phoneMasked(), d.education(), d.major(),
                d.socialWorkMajor(), d.politicalStatus(), d.category(), d.employmentMode(), d.employerId(),
                d.employerName(), d.orgUnitId(), d.orgUnitName(), d.currentPostId(), d.currentPostTitle(),
                d.serviceField(), d.status(), d.joinedOn(), d.leftOn(), d.leaveReason(), d.source(), d.updatedAt(),
                d.updatedBy(), d.postings());
    }
}
