package org.unionworks.registry.model;

/** Optional filters of the pool list; null means "any". */
public record ActivistFilter(String nameStartsWith, ActivistKind kind, ActivistStatus status) {

    public static final ActivistFilter NONE = new ActivistFilter(null, null, null);
}
