package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffingNormPolicyTest {

    /** The 2016 guideline's numbers, the configured defaults. */
    private final StaffingNormPolicy norm = new StaffingNormPolicy(2_000, 3_000);

    @ParameterizedTest(name = "{0} workers -> {1}")
    @CsvSource({"1,1", "1999,1", "2000,1", "2001,1", "3000,1", "3001,2", "6000,2", "6001,3", "30000,10", "30001,11"})
    void guidelineFormulaAtItsEdges(long workers, long expected) {
        assertEquals(expected, norm.quota(OrgUnitType.STREET, workers));
    }

    @Test
    void onlyGrassrootsHubsHaveANumericNorm() {
        assertEquals(2, norm.quota(OrgUnitType.INDUSTRIAL_PARK, 4_500L));
        assertEquals(0, norm.quota(OrgUnitType.COMMUNITY, 4_500L));
        assertEquals(0, norm.quota(OrgUnitType.ENTERPRISE_UNION, 50_000L));
        assertEquals(0, norm.quota(OrgUnitType.CITY, 5_000_000L));
    }

    @Test
    void unknownOrZeroCoverageNeedsNobody() {
        assertEquals(0, norm.quota(OrgUnitType.TOWNSHIP, null));
        assertEquals(0, norm.quota(OrgUnitType.TOWNSHIP, 0L));
    }

    @Test
    void configurableNumbers() {
        assertEquals(3, new StaffingNormPolicy(1_000, 2_000).quota(OrgUnitType.STREET, 5_000L));
        assertThrows(IllegalArgumentException.class, () -> new StaffingNormPolicy(2_000, 0));
    }
}
