package org.unionworks.imports.model;

/**
 * Where an import job stands. Labels: {@code importStatus.<NAME>} in the labels bundle.
 *
 * <pre>
 *   VALIDATING ──► VALIDATED ──► COMMITTING ──► COMMITTED
 *        │             │              └───────► FAILED    (nothing written)
 *        └► REJECTED   └► CANCELLED   (file refused as a whole / withdrawn or expired)
 * </pre>
 */
public enum ImportStatus {
    VALIDATING,
    VALIDATED,
    REJECTED,
    COMMITTING,
    COMMITTED,
    FAILED,
    CANCELLED;

    /** A background pass is working on the job: the page keeps polling. */
    public boolean isRunning() {
        return this == VALIDATING || this == COMMITTING;
    }

    /** Nothing more will happen to the job; its stored file is gone. */
    public boolean isFinal() {
        return this == REJECTED || this == COMMITTED || this == FAILED || this == CANCELLED;
    }

    public String labelKey() {
        return "importStatus." + name();
    }
}
