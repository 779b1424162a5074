package org.unionworks.imports.model;

/**
 * What one pass over a roster found: every data row is exactly one of new, changed, unchanged or in error.
 */
public record ImportCounts(int total, int errors, int newRows, int changedRows, int unchangedRows) {

    public ImportCounts {
        if (total < 0 || errors < 0 || newRows < 0 || changedRows < 0 || unchangedRows < 0
                || errors + newRows + changedRows + unchangedRows != total) {
            throw new IllegalArgumentException("inconsistent counts: total " + total + ", errors " + errors
                    + ", new " + newRows + ", changed " + changedRows + ", unchanged " + unchangedRows);
        }
    }

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0, 0, 0);
    }

    public int valid() {
        return total - errors;
    }

    /** Rows a commit would write: new and changed ones. */
    public int writes() {
        return newRows + changedRows;
    }
}
