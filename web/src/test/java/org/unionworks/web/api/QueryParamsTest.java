package org.unionworks.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.shared.model.DomainException;

class QueryParamsTest {

    @Test
    void blankMeansNotGiven() {
        assertNull(QueryParams.text("  "));
        assertNull(QueryParams.constant("status", "", ProfessionalStatus.class));
        assertEquals(50, QueryParams.integer("limit", null, 50, 1, 500));
        assertNull(QueryParams.id("orgUnit", " "));
        assertNull(QueryParams.date("asOf", null));
        assertFalse(QueryParams.flag("desc", null));
    }

    @Test
    void wellFormedValuesAreRead() {
        assertEquals(ProfessionalStatus.LEFT, QueryParams.constant("status", " left ", ProfessionalStatus.class));
        assertEquals(500, QueryParams.integer("limit", "500", 50, 1, 500));
        assertEquals(42L, QueryParams.id("orgUnit", "42"));
        assertEquals(LocalDate.of(2016, 7, 1), QueryParams.date("asOf", "2016-07-01"));
        assertTrue(QueryParams.flag("desc", "TRUE"));
    }

    @Test
    void aMalformedValueNamesTheParameterAndWhatItTakes() {
        InvalidParameterException status = assertThrows(InvalidParameterException.class,
                () -> QueryParams.constant("status", "RETIRED", ProfessionalStatus.class));
        assertEquals("api.parameter.oneOf", status.messageKey());
        assertArrayEquals(new Object[] {"status", "ACTIVE, LEFT"}, status.arguments());

        InvalidParameterException limit = assertThrows(InvalidParameterException.class,
                () -> QueryParams.integer("limit", "501", 50, 1, 500));
        assertArrayEquals(new Object[] {"limit", "1", "500"}, limit.arguments());
        assertThrows(InvalidParameterException.class, () -> QueryParams.integer("offset", "-1", 0, 0, 10));
        assertThrows(InvalidParameterException.class, () -> QueryParams.integer("offset", "1e3", 0, 0, 10_000));
        assertEquals("api.parameter.id", assertThrows(InvalidParameterException.class,
                () -> QueryParams.id("orgUnit", "0")).messageKey());
        assertThrows(InvalidParameterException.class, () -> QueryParams.id("orgUnit", "99999999999999999999"));
        assertEquals("api.parameter.date", assertThrows(InvalidParameterException.class,
                () -> QueryParams.date("asOf", "2016-13-01")).messageKey());
        assertEquals("api.parameter.flag", assertThrows(InvalidParameterException.class,
                () -> QueryParams.flag("desc", "yes")).messageKey());
    }

    @Test
    void theFilterTakesEducationAsCodeOrNameAndKeepsItsOwnRules() {
        ProfessionalQuery byCode = new ProfessionalQuery();
        byCode.education = "21";
        assertEquals(EducationLevel.UNDERGRADUATE, byCode.toFilter().educationCategory());
        ProfessionalQuery byName = new ProfessionalQuery();
        byName.education = "junior_college";
        assertEquals(EducationLevel.JUNIOR_COLLEGE, byName.toFilter().educationCategory());

        ProfessionalQuery lastFour = new ProfessionalQuery();
        lastFour.lastFour = "12a4";
        assertEquals("registry.filter.lastFour.invalid",
                assertThrows(DomainException.class, lastFour::toFilter).messageKey());
        ProfessionalQuery unknownCode = new ProfessionalQuery();
        unknownCode.education = "99";
        assertEquals(EducationLevel.UNKNOWN, assertThrows(DomainException.class, unknownCode::toFilter).messageKey());
    }
}
