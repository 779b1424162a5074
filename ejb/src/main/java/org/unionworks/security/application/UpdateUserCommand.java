package org.unionworks.security.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.unionworks.security.model.Role;

/** Changes to an account; {@code version} is the one the administrator loaded. */
public record UpdateUserCommand(
        long userId,
        long version,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long orgUnitId,
        @NotEmpty Set<Role> roles,
        boolean enabled) {
}
