package org.unionworks.shared.application;

/**
 * One page of a list: zero-based offset, size capped so no caller can pull a whole table
 * through a list call, and an optional sort on a whitelisted field.
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
