package org.unionworks.certification.application;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Records a practice ability assessment result. */
public record AssessmentForm(@NotNull Long professionalId, @NotNull @PastOrPresent LocalDate assessedOn,
                             @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score, boolean passed,
                             @NotNull @Size(max = 200) String assessor) {
}
