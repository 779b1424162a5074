package org.unionworks.registry.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.Gender;
import org.unionworks.registry.model.LeaveReason;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.Professional;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.RecordSource;
import org.unionworks.registry.model.ServiceField;

/** A professional's record as the profile page shows it: identity numbers masked. */
public record ProfessionalDetails(long id, long version, String fullName, String residentIdMasked,
                                  LocalDate birthDate, Gender gender, String phoneMasked, EducationLevel education,
                                  String major, boolean socialWorkMajor, PoliticalStatus politicalStatus,
                                  ProfessionalCategory category, EmploymentMode employmentMode, Long employerId,
                                  String employerName, long orgUnitId, String orgUnitName, Long currentPostId,
                                  String currentPostTitle, ServiceField serviceField, ProfessionalStatus status,
                                  LocalDate joinedOn, LocalDate leftOn, LeaveReason leaveReason,
                                  RecordSource source, OffsetDateTime updatedAt, String updatedBy,
                                  List<PostingView> postings, boolean mayReveal) {

    public ProfessionalDetails {
        postings = List.copyOf(postings);
    }

    private static List<PostingView> newestFirst(Professional p) {
        List<PostingView> views = new java.util.ArrayList<>(p.getPostings().stream().map(PostingView::of).toList());
        java.util.Collections.reverse(views);
        return views;
    }

    static ProfessionalDetails of(Professional p, boolean mayReveal) {
        var employer = p.getEmployer();
        var post = p.getCurrentPost();
        return new ProfessionalDetails(p.getId(), p.getVersion(), p.getFullName(), p.getResidentIdMasked(),
                p.getBirthDate(), p.getGender(), p.getPhoneMasked(), p.getEducation(), p.getMajor(),
                p.isSocialWorkMajor(), p.getPoliticalStatus(), p.getCategory(), p.getEmploymentMode(),
                employer == null ? null : employer.getId(), employer == null ? null : employer.getName(),
                p.getOrgUnit().getId(), p.getOrgUnit().getName(), post == null ? null : post.getId(),
                post == null ? null : post.getTitle(), p.getServiceField(), p.getStatus(), p.getJoinedOn(),
                p.getLeftOn(), p.getLeaveReason(), p.getSource(), p.getUpdatedAt(), p.getUpdatedBy(),
                newestFirst(p), mayReveal);
    }
}
