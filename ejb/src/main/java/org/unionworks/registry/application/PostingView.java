package org.unionworks.registry.application;

import java.time.LocalDate;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.Posting;
import org.unionworks.registry.model.PostingReason;
import org.unionworks.registry.model.ServiceField;

/** One period of a professional's posting history. */
public record PostingView(long id, long postId, String postTitle, PostGrade grade, long orgUnitId,
                          String orgUnitName, ServiceField serviceField, EmploymentMode employmentMode,
                          String employerName, LocalDate startDate, PostingReason startReason, LocalDate endDate,
                          PostingReason endReason, String recordedBy) {

    static PostingView of(Posting p) {
        return new PostingView(p.getId(), p.getPost().getId(), p.getPost().getTitle(), p.getPost().getGrade(),
                p.getOrgUnit().getId(), p.getOrgUnit().getName(), p.getServiceField(), p.getEmploymentMode(),
                p.getEmployer() == null ? null : p.getEmployer().getName(), p.getStartDate(), p.getStartReason(),
                p.getEndDate(), p.getEndReason(), p.getRecordedBy());
    }
}
