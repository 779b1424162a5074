package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.PostingReason;

/** Puts a professional into a post from a date, for a reason (new hire, transfer, promotion, secondment…). */
public record PostingCommand(long professionalId, long version, long postId, @NotNull LocalDate startDate,
                             @NotNull PostingReason reason, @NotNull EmploymentMode employmentMode,
                             Long employerId) {
}
