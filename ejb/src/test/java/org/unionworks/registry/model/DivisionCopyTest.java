package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;

/** The names the reports use for the professional's copies are the entity's own attribute and column. */
class DivisionCopyTest {

    @Test
    void eachLevelBelowTheNationHasItsCopy() {
        assertTrue(DivisionCopy.of(DivisionCode.NATIONAL).isEmpty());
        assertEquals(Optional.of(DivisionCopy.PROVINCE), DivisionCopy.of(DivisionCode.of("360000")));
        assertEquals(Optional.of(DivisionCopy.CITY), DivisionCopy.of(DivisionCode.of("360100")));
        assertEquals(Optional.of(DivisionCopy.COUNTY), DivisionCopy.of(DivisionCode.of("360102")));
    }

    @Test
    void attributesAndColumnsAreTheProfessionalsMapping() throws NoSuchFieldException {
        for (DivisionCopy copy : DivisionCopy.values()) {
            Column column = Professional.class.getDeclaredField(copy.attribute()).getAnnotation(Column.class);
            assertEquals(copy.column(), column.name(), copy.name());
        }
    }
}
