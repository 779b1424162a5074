package org.unionworks.organization.model;

/**
 * What still hangs on an org unit on a date: active child units, open posts, active professionals
 * registered there and social organisations it supervises. A unit can only be dissolved when all
 * four are zero, and only merged once it has no active children (posts, people and supervised
 * organisations move to the successor, child units cannot: the tree's paths never change).
 */
public record Occupancy(long activeChildren, long openPosts, long activeProfessionals, long supervisedSocialOrgs) {

    public static final Occupancy NONE = new Occupancy(0, 0, 0, 0);

    public Occupancy {
        if (activeChildren < 0 || openPosts < 0 || activeProfessionals < 0 || supervisedSocialOrgs < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The same counts with the child units of the org tree added to what other features reported. */
    public Occupancy withActiveChildren(long children) {
        return new Occupancy(children, openPosts, activeProfessionals, supervisedSocialOrgs);
    }

    public boolean isEmpty() {
        return activeChildren == 0 && openPosts == 0 && activeProfessionals == 0 && supervisedSocialOrgs == 0;
    }
}
