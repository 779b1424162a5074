package org.unionworks.security.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.unionworks.security.model.Role;

public record NewUserCommand(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Size(max = 100) String displayName,
        @NotNull Long orgUnitId,
        @NotEmpty Set<Role> roles,
        @NotNull char[] initialPassword) {
}
