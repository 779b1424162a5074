package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.registry.model.ActivistKind;

/**
 * Registering or correcting a pool member. ID and phone are optional (the ID is needed only to promote); on a
 * correction blank means unchanged, as on the professional's form.
 */
public record ActivistForm(Long id, long version,
                           @NotNull ActivistKind kind,
                           @NotNull @Size(max = 50) String fullName,
                           @Size(max = 30) String residentId,
                           @Size(max = 30) String phone,
                           @NotNull Long orgUnitId,
                           @Size(max = 200) String skills,
                           @NotNull LocalDate registeredOn) {
}
