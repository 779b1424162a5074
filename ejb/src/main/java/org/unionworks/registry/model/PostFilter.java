package org.unionworks.registry.model;

/**
 * Optional filters of the posts list; null means "any". {@code orgUnitId}: posts of exactly that
 * unit; {@code withinUnitId}: posts anywhere in that unit's subtree. {@code vacant} true: vacant
 * posts only, false: filled ones only.
 */
public record PostFilter(Long orgUnitId, ServiceField serviceField, PostGrade grade, Boolean vacant,
                         boolean includeAbolished, Long withinUnitId) {

    public static final PostFilter OPEN = new PostFilter(null, null, null, null, false, null);

    /** Without a subtree: the caller's whole scope. */
    public PostFilter(Long orgUnitId, ServiceField serviceField, PostGrade grade, Boolean vacant,
                      boolean includeAbolished) {
        this(orgUnitId, serviceField, grade, vacant, includeAbolished, null);
    }
}
