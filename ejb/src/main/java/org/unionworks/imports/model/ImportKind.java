package org.unionworks.imports.model;

/**
 * What a workbook brings in. Each kind has its template, its columns and its pass (see
 * {@code org.unionworks.imports.application.SheetImport}); the job machinery — upload checks, dry run, commit, error
 * report — is the same for all. Labels: {@code importKind.<NAME>} in the labels bundle.
 */
public enum ImportKind {
    /** The talent registry's roster of professionals (issue 3). */
    PROFESSIONALS,
    /** National social worker certificates of professionals already registered (issue 4). */
    CERTIFICATES,
    /** A provider's attendance sheet of a course: who attended, their actual hours, passed or not (issue 4). */
    ATTENDANCE;

    public String labelKey() {
        return "importKind." + name();
    }
}
