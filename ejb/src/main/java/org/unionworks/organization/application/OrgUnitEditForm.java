package org.unionworks.organization.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Edits unit {@code id} as loaded at {@code version}: name and covered numbers take effect from
 * {@code effectiveOn} (earlier days keep the old values); the division code is a correction.
 */
public record OrgUnitEditForm(@NotNull Long id, long version, @NotBlank @Size(max = 200) String name,
                              @NotNull @Pattern(regexp = "\\d{6}") String divisionCode,
                              @PositiveOrZero Long coveredWorkers, @PositiveOrZero Long coveredEnterprises,
                              @NotNull @PastOrPresent LocalDate effectiveOn) {
}
