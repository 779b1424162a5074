package org.unionworks.organization.model;

import java.time.LocalDate;

/**
 * What other features keep at an org unit (posts, professionals, social organisations the unit
 * supervises), as far as the organisation tree needs to know: whether a unit can end, and what
 * moves to the successor of a merged unit. The registry implements it, so the tree depends on no
 * feature built on top of it.
 */
public interface OrgUnitDependents {

    /** Open posts, active professionals and supervised social organisations of exactly this unit (not its subtree). */
    Occupancy occupancy(OrgUnit unit);

    /**
     * Moves what is still active at {@code merged} to {@code successor} from {@code date}, the way
     * a district merger does: each open post is re-established at the successor and its holder
     * posted there (reason: merger), people without a post and supervised organisations follow.
     * Earlier postings keep pointing at the merged unit and its old posts.
     *
     * @return what moved (child units never move: {@code activeChildren} is 0)
     */
    Occupancy moveToSuccessor(OrgUnit merged, OrgUnit successor, LocalDate date, String by);

    /** The unit took a new division code: what keeps a copy of it follows, in the same transaction. */
    void renumbered(OrgUnit unit);
}
