package org.unionworks.shared.infrastructure.spreadsheet;

import java.util.List;

/**
 * One data row of a roster sheet.
 *
 * @param rowNumber the row number Excel shows (1-based), for error reports the clerk can find in the file
 * @param cells     one trimmed text per column of the expected header, empty for a blank cell
 */
public record SheetRow(int rowNumber, List<String> cells) {

    public SheetRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("Row numbers start at 1: " + rowNumber);
        }
        cells = List.copyOf(cells);
    }

    /** The text in a column, 0-based in the order of the expected header. */
    public String cell(int column) {
        return cells.get(column);
    }
}
