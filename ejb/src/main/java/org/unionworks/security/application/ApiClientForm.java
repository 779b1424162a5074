package org.unionworks.security.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new API client as a security administrator describes it: the department's name, its jurisdiction (a GB/T 2260
 * code) and the last day its token is valid (it expires at the end of that day, China time).
 */
public record ApiClientForm(@NotBlank @Size(max = 100) String name,
                            @NotNull @Pattern(regexp = "\\d{6}") String jurisdiction,
                            @NotNull LocalDate validUntil) {
}
