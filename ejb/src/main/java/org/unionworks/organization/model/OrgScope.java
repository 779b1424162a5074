package org.unionworks.organization.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The part of the organisation tree a caller may see: one unit and everything below it,
 * identified by the unit's materialised path. Every scoped query filters with
 * {@link #likePattern()}; nothing outside it is ever read.
 */
public final class OrgScope {

    private static final Pattern PATH = Pattern.compile("(/\\d+)+/");

    private final String rootPath;

    private OrgScope(String rootPath) {
        this.rootPath = rootPath;
    }

    public static OrgScope of(String rootPath) {
        if (rootPath == null || !PATH.matcher(rootPath).matches()) {
            throw new IllegalArgumentException("not a tree path: " + rootPath);
        }
        return new OrgScope(rootPath);
    }

    public String rootPath() {
        return rootPath;
    }

    /** Pattern for {@code tree_path LIKE ?}: only digits and slashes, so no escaping is needed. */
    public String likePattern() {
        return rootPath + "%";
    }

    public boolean contains(String path) {
        return path != null && path.startsWith(rootPath);
    }

    public boolean contains(OrgUnit unit) {
        return unit != null && contains(unit.getPath());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgScope s && s.rootPath.equals(rootPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rootPath);
    }

    @Override
    public String toString() {
        return "OrgScope[" + rootPath + "]";
    }
}
