package org.unionworks.imports.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why one row of an uploaded roster cannot be imported: a message key of the errors bundle with its arguments,
 * and the template column it concerns ({@code -1} for the row as a whole). Arguments are plain strings so that
 * the issue can be stored and rendered later in the reader's language; they never carry personal data values.
 */
public record RowIssue(int column, String key, List<String> args) {

    public static final int WHOLE_ROW = -1;

    public RowIssue {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        if (column < WHOLE_ROW) {
            throw new IllegalArgumentException("column " + column);
        }
    }

    public static RowIssue of(int column, String key, Object... args) {
        return new RowIssue(column, key, Arrays.stream(args).map(String::valueOf).toList());
    }

}
