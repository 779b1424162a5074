package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OrgUnitTypeTest {

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
            "PROVINCE, NATIONAL, true", "PROVINCE, PROVINCE, false",
            "CITY, PROVINCE, true", "CITY, NATIONAL, false",
            "COUNTY, CITY, true", "COUNTY, PROVINCE, false",
            "STREET, COUNTY, true", "TOWNSHIP, CITY, true", "INDUSTRIAL_PARK, COUNTY, true", "STREET, PROVINCE, false",
            "COMMUNITY, STREET, true", "COMMUNITY, DEVELOPMENT_ZONE, true", "COMMUNITY, COUNTY, false",
            "REGIONAL_FEDERATION, STREET, true", "REGIONAL_FEDERATION, COUNTY, true",
            "REGIONAL_FEDERATION, COMMUNITY, false", "ENTERPRISE_UNION, REGIONAL_FEDERATION, true",
            "ENTERPRISE_UNION, COMMUNITY, true", "ENTERPRISE_UNION, COUNTY, true", "ENTERPRISE_UNION, PROVINCE, false",
            "SERVICE_CENTRE, NATIONAL, true", "HOTLINE_12351, PROVINCE, true", "LEGAL_AID, TOWNSHIP, true",
            "SERVICE_CENTRE, COMMUNITY, false", "LEGAL_AID, ENTERPRISE_UNION, false"})
    void mayBeChildOf(OrgUnitType child, OrgUnitType parent, boolean allowed) {
        assertEquals(allowed, child.mayBeChildOf(parent));
    }

    @ParameterizedTest
    @EnumSource(OrgUnitType.class)
    void nationalIsNeverAChild(OrgUnitType parent) {
        assertFalse(OrgUnitType.NATIONAL.mayBeChildOf(parent));
    }

    @ParameterizedTest
    @EnumSource(value = OrgUnitType.class, names = {"ENTERPRISE_UNION", "SERVICE_CENTRE", "HOTLINE_12351", "LEGAL_AID"})
    void enterpriseUnionsAndServiceAgenciesAreLeaves(OrgUnitType leaf) {
        for (OrgUnitType child : OrgUnitType.values()) {
            assertFalse(child.mayBeChildOf(leaf), child + " under " + leaf);
        }
    }

    @Test
    void onlyTheFourGrassrootsHubsCarryAStaffingNorm() {
        Set<OrgUnitType> hubs = EnumSet.noneOf(OrgUnitType.class);
        for (OrgUnitType t : OrgUnitType.values()) {
            if (t.isGrassrootsHub()) {
                hubs.add(t);
            }
        }
        assertEquals(EnumSet.of(OrgUnitType.STREET, OrgUnitType.TOWNSHIP, OrgUnitType.DEVELOPMENT_ZONE,
                OrgUnitType.INDUSTRIAL_PARK), hubs);
    }

    @Test
    void labelKeyNamesTheConstant() {
        assertEquals("orgType.HOTLINE_12351", OrgUnitType.HOTLINE_12351.labelKey());
    }
}
