package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PoliticalStatus;
import org.unionworks.registry.model.ProfessionalCategory;

/**
 * What a clerk submits to register or correct a professional. On a correction a blank ID or
 * phone means "unchanged": the form shows them masked and never receives the full values.
 * {@code version} is the version the clerk loaded; a different current version is a conflict.
 */
public record ProfessionalForm(Long id, long version,
                               @NotNull @Size(max = 50) String fullName,
                               @Size(max = 30) String residentId,
                               @Size(max = 30) String phone,
                               @NotNull EducationLevel education,
                               @Size(max = 100) String major,
                               boolean socialWorkMajor,
                               PoliticalStatus politicalStatus,
                               @NotNull ProfessionalCategory category,
                               @NotNull EmploymentMode employmentMode,
                               Long employerId,
                               @NotNull Long orgUnitId,
                               @NotNull LocalDate joinedOn) {
}
