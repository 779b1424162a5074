package org.unionworks.certification.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.unionworks.certification.model.TitleLevel;

/** Records an appointment act; {@code endsOn} (exclusive) is null for an open-ended one. */
public record AppointmentForm(@NotNull Long professionalId, @NotNull TitleLevel level,
                              @NotNull @Size(max = 200) String employer, @NotNull @PastOrPresent LocalDate appointedOn,
                              LocalDate endsOn, @NotNull @Size(max = 60) String documentNumber) {
}
