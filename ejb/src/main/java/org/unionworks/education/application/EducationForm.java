package org.unionworks.education.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.unionworks.education.model.ActivityKind;

/** Records one continuing-education activity; {@code hours} for trainings, {@code creditRule} for papers. */
public record EducationForm(@NotNull Long professionalId, @NotNull ActivityKind kind,
                            @NotNull @Size(max = 200) String title, @Size(max = 200) String provider,
                            @NotNull @PastOrPresent LocalDate completedOn, BigDecimal hours, boolean passed,
                            @Size(max = 64) String creditRule) {
}
