package org.unionworks.imports.model;

/**
 * What a commit does with rows that have errors. Labels: {@code importMode.<NAME>} in the labels bundle.
 */
public enum ImportMode {
    /** The whole file or nothing: one row with an error and the commit is refused. */
    ALL_OR_NOTHING,
    /** The valid rows are imported, the rows with errors are left out (and listed in the error report). */
    VALID_ROWS_ONLY;

    public String labelKey() {
        return "importMode." + name();
    }
}
