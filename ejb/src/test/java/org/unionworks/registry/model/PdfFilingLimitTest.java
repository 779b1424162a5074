package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.unionworks.shared.model.DomainException;

class PdfFilingLimitTest {

    @Test
    void upToTheLimitAFilingIsAllowedAndOneRowMoreIsRefusedWithTheLimitAndTheRows() {
        PdfFilingLimit limit = new PdfFilingLimit(100_000);

        assertDoesNotThrow(() -> limit.check(0));
        assertDoesNotThrow(() -> limit.check(100_000));
        DomainException refused = assertThrows(DomainException.class, () -> limit.check(100_001));
        assertEquals("registry.export.pdf.tooLarge", refused.messageKey());
        assertArrayEquals(new Object[] {100_000L, 100_001L}, refused.arguments());
    }

    @Test
    void aLimitBelowOneRowIsAMisconfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new PdfFilingLimit(0));
    }
}
