package org.unionworks.organization.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.unionworks.organization.model.DivisionEntry;
import org.unionworks.organization.model.OrgUnitType;

/** The GB/T 2260 division catalogue: loading an edition, and the codes a unit form may offer. */
public interface DivisionCatalogueService {

    /**
     * Loads an edition (e.g. next year's list, parsed by the caller) unless it is already there:
     * loading the same edition twice changes nothing.
     */
    EditionLoad load(@NotBlank @Size(max = 16) String edition, @NotBlank @Size(max = 200) String source,
                     @NotEmpty List<DivisionEntry> entries);

    /** The edition forms check division codes against ({@code unionworks.divisions.edition}). */
    String editionInForce();

    /**
     * Codes of the edition in force for a unit of {@code type} under a parent with division
     * {@code parentCode}: inside the parent's division, of the level the type needs, matching
     * {@code query} by code prefix or name.
     */
    List<DivisionEntry> options(@NotNull String parentCode, OrgUnitType type, String query);

    /** What {@link #load} did. */
    record EditionLoad(String edition, boolean loaded, long entries) {
    }
}
