package org.unionworks.organization.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.organization.model.OrgUnitType;

/** Founds a unit of {@code type} under {@code parentId} from {@code foundedOn}. */
public record NewOrgUnitForm(@NotNull Long parentId, @NotNull OrgUnitType type,
                             @NotBlank @Size(max = 200) String name,
                             @NotNull @Pattern(regexp = "\\d{6}") String divisionCode,
                             @PositiveOrZero Long coveredWorkers, @PositiveOrZero Long coveredEnterprises,
                             @NotNull @PastOrPresent LocalDate foundedOn) {
}
