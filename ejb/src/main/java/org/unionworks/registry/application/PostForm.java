package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.registry.model.PostGrade;
import org.unionworks.registry.model.ServiceField;

/** Creates a post ({@code id} null) or describes an existing one at {@code version}. */
public record PostForm(Long id, long version, @NotNull Long orgUnitId, @NotNull @Size(max = 100) String title,
                       @NotNull ServiceField serviceField, @NotNull PostGrade grade, @NotNull LocalDate establishedOn) {
}
