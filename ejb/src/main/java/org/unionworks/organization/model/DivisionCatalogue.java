package org.unionworks.organization.model;

import java.util.List;

/** Editions of the GB/T 2260 division catalogue (table {@code division}), one row per code and edition. */
public interface DivisionCatalogue {

    boolean hasEdition(String edition);

    /** Stores a whole edition; an edition that is already there is left as it is. @return whether it was stored */
    boolean addEdition(String edition, String source, List<DivisionEntry> entries);

    long size(String edition);

    boolean contains(String edition, DivisionCode code);

    /**
     * Codes of the edition inside {@code within} (itself included), optionally of one level,
     * whose code starts with or whose name contains {@code text} (null: any), in code order.
     */
    List<DivisionEntry> search(String edition, DivisionCode within, DivisionCode.Level level, String text, int max);
}
