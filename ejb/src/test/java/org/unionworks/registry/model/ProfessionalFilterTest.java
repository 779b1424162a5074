package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unionworks.shared.model.DomainException;

class ProfessionalFilterTest {

    private static ProfessionalFilter withLastFour(String lastFour) {
        return new ProfessionalFilter(null, lastFour, null, null, null, null, null, null, null);
    }

    @Test
    void lastFourAcceptsDigitsAndAnXCheckCharacterInEitherCase() {
        assertEquals("123X", withLastFour(" 123x ").idLastFour());
        assertEquals("0001", withLastFour("0001").idLastFour());
        assertNull(withLastFour("  ").idLastFour());
        for (String bad : new String[] {"12X3", "123", "12345", "abcd"}) {
            assertEquals("registry.filter.lastFour.invalid",
                    assertThrows(DomainException.class, () -> withLastFour(bad)).messageKey(), bad);
        }
    }

    @Test
    void anEducationFilterMeansItsWholeCategory() {
        ProfessionalFilter f = new ProfessionalFilter(null, null, null, null, null, EducationLevel.fromCode("21"), null,
                null, null);
        assertEquals(EducationLevel.fromCode("20"), f.educationCategory());
    }

    @Test
    void theRegistryCannotBeReadAsOfTomorrow() {
        assertEquals("registry.filter.asOf.future", assertThrows(DomainException.class,
                () -> new ProfessionalFilter(null, null, null, null, null, null, null, null,
                        LocalDate.now().plusDays(1))).messageKey());
    }
}
