package org.unionworks.imports.application;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.unionworks.imports.model.ImportKind;
import org.unionworks.security.model.PersonalField;

/**
 * One kind of workbook import: its columns, its template and the pass that reads its rows. The features that own
 * the records provide it as a CDI bean (the registry's roster, certification's certificates); the import machinery
 * — upload guard, background dry run and commit, per-row error report, idempotency by file hash — is the same for
 * every kind ({@link ImportService}).
 */
public interface SheetImport {

    ImportKind kind();

    /** The template's columns, in sheet order. */
    List<? extends ImportColumn> columns();

    /** The column titles in the given language, in order: the header row an upload must carry. */
    default List<String> titles(Locale locale) {
        return ImportTemplate.titles(locale, columns());
    }

    /** The personal-data field a column holds (kept encrypted with a row in error, masked in reports), or null. */
    PersonalField personalField(int column);

    /** Columns (0-based) of digits that must stay text in Excel: IDs, certificate numbers, phones. */
    default int[] textColumns() {
        return ImportTemplate.textColumns(columns());
    }

    /** The empty template in the caller's language, with drop-downs and an instructions sheet. */
    void writeTemplate(Locale locale, OutputStream out) throws IOException;

    /** A filled-in example for the caller's scope: a few valid rows and a few with typical mistakes. */
    void writeSample(Locale locale, OutputStream out) throws IOException;

    /** A pass over one job's rows, run in the worker's transaction with the worker's entity manager. */
    ImportPass<?> open(ImportPass.Setup setup);
}
