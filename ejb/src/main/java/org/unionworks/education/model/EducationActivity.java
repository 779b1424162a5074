package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.Objects;
import org.unionworks.certification.model.CreditHours;

/**
 * One continuing-education activity as the compliance rule reads it.
 *
 * @param id          the record's id (orders activities completed the same day)
 * @param kind        training, degree, paper or coursework
 * @param completedOn the day it was completed (a course's last day, a degree's award, a paper's publication)
 * @param hours       actual hours of a training; ignored for the other kinds
 * @param passed      whether a training was passed; ignored for the other kinds
 * @param creditRule  the provincial rule a paper or coursework is credited under; null for the other kinds
 */
public record EducationActivity(long id, ActivityKind kind, LocalDate completedOn, CreditHours hours, boolean passed,
                                String creditRule) {

    public EducationActivity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(completedOn, "completedOn");
        if (kind == ActivityKind.TRAINING) {
            Objects.requireNonNull(hours, "hours");
        }
    }
}
