package org.unionworks.education.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.education.model.ProviderKind;
import org.unionworks.education.model.TrainingCourse;
import org.unionworks.education.model.TrainingDelivery;
import org.unionworks.education.model.TrainingPlan;
import org.unionworks.education.model.TrainingProvider;
import org.unionworks.shared.model.Percent;

/** Forms and views of continuing-education providers and courses. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A provider to register; the credit code is optional (GB 32100 when given). */
    public record ProviderForm(@NotNull @Size(max = 100) String name, @NotNull ProviderKind kind,
                               @Size(max = 18) String creditCode) {
    }

    public record ProviderView(long id, String name, ProviderKind kind, String creditCode) {
        static ProviderView of(TrainingProvider p) {
            return new ProviderView(p.getId(), p.getName(), p.getKind(),
                    p.getCreditCode() == null ? null : p.getCreditCode().value());
        }
    }

    /** A course to set up, organised by a unit of the caller's scope; target level null for all levels. */
    public record CourseForm(@NotNull Long providerId, @NotNull Long organiserId, @NotNull @Size(max = 200) String title,
                             @NotNull @Size(max = 100) String topic, CertificateLevel targetLevel,
                             @NotNull BigDecimal hours, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    /** A course with the number of attendances recorded for it. */
    public record CourseView(long id, long version, long providerId, String providerName, long organiserId,
                             String organiserName, String title, String topic, CertificateLevel targetLevel,
                             BigDecimal hours, LocalDate startsOn, LocalDate endsOn, long attendances) {
        static CourseView of(TrainingCourse c, long attendances) {
            return new CourseView(c.getId(), c.getVersion(), c.getProvider().getId(), c.getProvider().getName(),
                    c.getOrganiser().getId(), c.getOrganiser().getName(), c.getTitle(), c.getTopic(),
                    c.getTargetLevel(), c.getHours().value(), c.getStartsOn(), c.getEndsOn(), attendances);
        }
    }

    /**
     * A plan for a body, year and level (null: all levels); {@code version} is the plan as the clerk saw it, null
     * for a new one.
     */
    public record PlanForm(@NotNull Long orgUnitId, int year, CertificateLevel targetLevel, int plannedPeople,
                           @NotNull BigDecimal plannedHours, Long version) {
    }

    /** A plan against what was delivered; the percentages are null without a plan figure to divide by. */
    public record PlanView(long id, long version, long orgUnitId, String orgUnitName, int year,
                           CertificateLevel targetLevel, int plannedPeople, BigDecimal plannedHours,
                           long deliveredCourses, long trainedPeople, BigDecimal deliveredHours) {

        static PlanView of(TrainingPlan plan, TrainingDelivery delivered) {
            return new PlanView(plan.getId(), plan.getVersion(), plan.getOrgUnit().getId(), plan.getOrgUnit().getName(),
                    plan.getYear(), plan.getTargetLevel(), plan.getPlannedPeople(), plan.getPlannedHours().value(),
                    delivered.courses(), delivered.people(), delivered.hours());
        }

        /** People trained as a share of the people planned. */
        public BigDecimal peoplePercent() {
            return Percent.of(trainedPeople, plannedPeople);
        }

        /** Hours passed as a share of the hours planned (people times hours each). */
        public BigDecimal hoursPercent() {
            return Percent.of(deliveredHours, plannedHours.multiply(BigDecimal.valueOf(plannedPeople)));
        }
    }
}
