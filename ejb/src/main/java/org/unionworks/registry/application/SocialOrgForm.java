package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.registry.model.SocialOrgStatus;

/** Registers ({@code id} null) or corrects a worker-service social organisation at {@code version}. */
public record SocialOrgForm(Long id, long version, @NotNull @Size(max = 200) String name,
                            @NotNull @Size(max = 30) String creditCode, @NotNull Long supervisingUnitId,
                            Long incubatedById, @NotNull LocalDate registeredOn, SocialOrgStatus status,
                            LocalDate statusSince) {
}
