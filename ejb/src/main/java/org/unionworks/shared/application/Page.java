package org.unionworks.shared.application;

import java.util.List;

/** A page of results with the total count of the filtered list (both computed in SQL). */
public record Page<T>(List<T> items, long total, int offset, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
