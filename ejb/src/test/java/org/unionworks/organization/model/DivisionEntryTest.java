package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode.Level;

class DivisionEntryTest {

    private static DivisionCode code(String value) {
        return DivisionCode.of(value);
    }

    @Test
    void consistentEntriesAreAccepted() {
        assertDoesNotThrow(() -> new DivisionEntry(code("360000"), "江西省", Level.PROVINCE, DivisionCode.NATIONAL));
        assertDoesNotThrow(() -> new DivisionEntry(code("360100"), "南昌市", Level.CITY, code("360000")));
        assertDoesNotThrow(() -> new DivisionEntry(code("360102"), "东湖区", Level.COUNTY, code("360100")));
        assertDoesNotThrow(() -> new DivisionEntry(code("429004"), "仙桃市", Level.COUNTY, code("420000")));
    }

    @Test
    void theLevelMustBeTheLevelOfTheCode() {
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360102"), "东湖区", Level.CITY, code("360100")));
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(DivisionCode.NATIONAL, "中华人民共和国", Level.NATIONAL, DivisionCode.NATIONAL));
    }

    @Test
    void theParentMustContainTheEntryAndNotBeIt() {
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360102"), "东湖区", Level.COUNTY, code("360200")));
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360102"), "东湖区", Level.COUNTY, code("370000")));
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360100"), "南昌市", Level.CITY, code("360100")));
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360100"), " ", Level.CITY, code("360000")));
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionEntry(code("360100"), null, Level.CITY, code("360000")));
        assertThrows(NullPointerException.class, () -> new DivisionEntry(null, "南昌市", Level.CITY, code("360000")));
        assertThrows(NullPointerException.class, () -> new DivisionEntry(code("360100"), "南昌市", null, code("360000")));
        assertThrows(NullPointerException.class, () -> new DivisionEntry(code("360100"), "南昌市", Level.CITY, null));
    }
}
