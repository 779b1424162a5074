package org.unionworks.registry.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.unionworks.registry.model.ActivistFilter;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** The activist and volunteer pool of the caller's scope, and promotion into the registry. */
public interface ActivistService {

    Page<ActivistView> search(@NotNull ActivistFilter filter, @NotNull PageRequest page);

    long count(@NotNull ActivistFilter filter);

    ActivistView get(long id);

    ActivistView register(@NotNull @Valid ActivistForm form);

    ActivistView update(@NotNull @Valid ActivistForm form);

    ActivistView setActive(long id, long version, boolean active);

    /**
     * Registers the pool member as a professional from the record's own name, numbers and unit plus the form's
     * details, and marks the pool record promoted. Returns the new professional's record.
     */
    ProfessionalDetails promote(@NotNull @Valid PromotionForm form);
}
