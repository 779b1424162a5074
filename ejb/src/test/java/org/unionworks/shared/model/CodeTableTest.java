package org.unionworks.shared.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTableTest {

    /** ISO 8601 day numbers, 1 = Monday: a standard code table every JDK has. */
    private final CodeTable<DayOfWeek> isoDays =
            CodeTable.of(DayOfWeek.values(), d -> String.valueOf(d.getValue()), "test.day.unknown", "Not an ISO day");

    @Test
    void findsTheConstantByItsCode() {
        assertSame(DayOfWeek.MONDAY, isoDays.find("1"));
        assertSame(DayOfWeek.SUNDAY, isoDays.find("7"));
    }

    @Test
    void stripsSurroundingWhitespace() {
        assertSame(DayOfWeek.WEDNESDAY, isoDays.find(" 3\t"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "0", "8", "01", "3 3", "MONDAY"})
    void refusesUnlistedCodesWithTheTablesKeyAndWithoutTheCode(String code) {
        DomainException e = assertThrows(DomainException.class, () -> isoDays.find(code));
        assertEquals("test.day.unknown", e.messageKey());
        assertEquals("Not an ISO day", e.getMessage());
        assertEquals(0, e.arguments().length);
    }

    @Test
    void twoConstantsWithOneCodeAreAnError() {
        assertThrows(IllegalStateException.class,
                () -> CodeTable.of(DayOfWeek.values(), d -> d.getValue() > 5 ? "weekend" : d.name(), "k", "m"));
    }
}
