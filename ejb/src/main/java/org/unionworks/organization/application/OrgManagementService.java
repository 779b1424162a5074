package org.unionworks.organization.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Changes to the organisation tree inside the caller's subtree: founding units, effective-dated
 * edits, mergers and dissolutions. Every change is audited; a save over a newer one is refused
 * with who saved it and when.
 */
public interface OrgManagementService {

    OrgUnitDetails create(@NotNull @Valid NewOrgUnitForm form);

    OrgUnitDetails update(@NotNull @Valid OrgUnitEditForm form);

    /**
     * Merges unit {@code id} into {@code successorId} from {@code date}: open posts, their holders,
     * people without a post and supervised social organisations move to the successor; the merged
     * unit ends with its history intact. Refused while it has active child units.
     */
    OrgUnitDetails merge(long id, long version, long successorId, @NotNull @PastOrPresent LocalDate date);

    /** Dissolves unit {@code id} from {@code date}; refused while anything still hangs on it. */
    OrgUnitDetails dissolve(long id, long version, @NotNull @PastOrPresent LocalDate date);

    /** Today's values and the whole history of a unit of the caller's subtree. */
    OrgUnitDetails details(long id);

    /** What the unit was on {@code date} (empty before it was founded). */
    Optional<OrgUnitStateView> stateOn(long id, @NotNull LocalDate date);
}
