package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.ProfessionalCategory;

/**
 * What a professional's record needs beyond what the pool already holds (name, ID and phone numbers, unit):
 * education, category, employment and the date they start. {@code orgUnitId} null keeps the pool member's unit.
 */
public record PromotionForm(long activistId, long version,
                            @NotNull EducationLevel education,
                            @Size(max = 100) String major,
                            boolean socialWorkMajor,
                            PoliticalStatus politicalStatus,
                            @NotNull ProfessionalCategory category,
                            @NotNull EmploymentMode employmentMode,
                            Long employerId,
                            Long orgUnitId,
                            @NotNull LocalDate joinedOn) {
}
