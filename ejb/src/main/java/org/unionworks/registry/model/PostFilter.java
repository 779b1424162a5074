package org.unionworks.registry.model;

/** Optional filters of the posts list; null means "any". {@code vacant} true: vacant posts only. */
public record PostFilter(Long orgUnitId, ServiceField serviceField, PostGrade grade, Boolean vacant,
                         boolean includeAbolished) {

    public static final PostFilter OPEN = new PostFilter(null, null, null, null, false);
}
