package org.unionworks.certification.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;

class ReportScopeTest {

    @Test
    void aJurisdictionAdmitsOnlyDivisionsWithinIt() {
        ReportScope jiangxi = ReportScope.of(DivisionCode.of("360000"));
        assertTrue(jiangxi.admits(null), "no division filter: the whole jurisdiction");
        assertTrue(jiangxi.admits(DivisionCode.of("360100")));
        assertTrue(jiangxi.admits(DivisionCode.of("360000")));
        assertFalse(jiangxi.admits(DivisionCode.of("420100")));
        assertFalse(jiangxi.admits(DivisionCode.NATIONAL), "the nation is wider than a province");
        assertTrue(ReportScope.of(OrgScope.of("/1/5/")).admits(DivisionCode.of("420100")),
                "a portal caller's subtree filters, it never refuses");
    }

    @Test
    void aProvinceOrMoreSpansAProvinceACityDoesNot() {
        assertTrue(ReportScope.of(DivisionCode.NATIONAL).spansProvince());
        assertTrue(ReportScope.of(DivisionCode.of("360000")).spansProvince());
        assertFalse(ReportScope.of(DivisionCode.of("360100")).spansProvince());
        assertFalse(ReportScope.of(DivisionCode.of("360102")).spansProvince());
        assertTrue(ReportScope.of(OrgScope.of("/1/")).spansProvince(), "the root of the tree");
        assertTrue(ReportScope.of(OrgScope.of("/1/5/")).spansProvince(), "a unit right below it");
        assertFalse(ReportScope.of(OrgScope.of("/1/5/77/")).spansProvince(), "a city below that");
    }

    @Test
    void itsAuditNameIsTheDivisionOrTheSubtreesRoot() {
        assertEquals("division:360100", ReportScope.of(DivisionCode.of("360100")).toString());
        assertEquals("org:77", ReportScope.of(OrgScope.of("/1/5/77/")).toString());
    }
}
