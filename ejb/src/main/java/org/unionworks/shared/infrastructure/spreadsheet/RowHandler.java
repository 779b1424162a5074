package org.unionworks.shared.infrastructure.spreadsheet;

/** Receives the data rows of a sheet one at a time, in file order, while the sheet is being read. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @return true to go on reading, false to stop here (the rest of the sheet is not parsed); an exception thrown
     *         here also stops reading and reaches the caller of {@link StreamingSheetReader#read} unchanged
     */
    boolean row(SheetRow row);
}
