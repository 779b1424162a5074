package org.unionworks.imports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unionworks.shared.model.DomainException;

class RowCellsTest {

    @Test
    void aYearIsFourDigitsAsTypedOrAsExcelWritesANumber() {
        assertEquals(2019, RowCells.year("2019"));
        assertEquals(2019, RowCells.year(" 2019 "));
        assertEquals(2019, RowCells.year("2019.0"));
        for (String wrong : List.of("19", "去年", "2019年", "2019.5", "20190", "")) {
            DomainException e = assertThrows(DomainException.class, () -> RowCells.year(wrong), wrong);
            assertEquals("import.row.year", e.messageKey());
        }
    }
}
