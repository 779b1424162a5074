package org.unionworks.education.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.unionworks.education.model.ActivityKind;
import org.unionworks.education.model.EducationRecord;

/** A continuing-education record as pages show it. */
public record EducationView(long id, ActivityKind kind, String title, String provider, LocalDate completedOn,
                            BigDecimal hours, boolean passed, String creditRule, String createdBy) {

    public static EducationView of(EducationRecord r) {
        return new EducationView(r.getId(), r.getKind(), r.getTitle(), r.getProvider(), r.getCompletedOn(),
                r.getHours() == null ? null : r.getHours().value(), r.isPassed(), r.getCreditRule(), r.getCreatedBy());
    }
}
