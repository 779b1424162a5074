package org.unionworks.organization.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.unionworks.shared.model.DomainException;

class OrgUnitTest {

    private static OrgUnit jiangxi() {
        return OrgUnit.root(OrgUnitType.PROVINCE, "江西省总工会", DivisionCode.of("360000"));
    }

    @Test
    void aRootHasDepthZeroAndNoParent() {
        OrgUnit root = jiangxi();
        assertEquals(0, root.getDepth());
        assertNull(root.getParent());
        assertEquals(OrgUnitType.PROVINCE, root.getType());
        assertNotNull(root.getCreatedAt());
    }

    @Test
    void foundChildLinksParentAndCountsDepth() {
        OrgUnit root = jiangxi();
        OrgUnit city = root.foundChild(OrgUnitType.CITY, "  南昌市总工会 ", DivisionCode.of("360100"), 120_000L);
        OrgUnit county = city.foundChild(OrgUnitType.COUNTY, "东湖区总工会", DivisionCode.of("360102"), null);
        OrgUnit street = county.foundChild(OrgUnitType.STREET, "公园街道工会", DivisionCode.of("360102"), 800L);

        assertSame(root, city.getParent());
        assertSame(county, street.getParent());
        assertEquals(1, city.getDepth());
        assertEquals(2, county.getDepth());
        assertEquals(3, street.getDepth());
        assertEquals("南昌市总工会", city.getName());
        assertEquals(120_000L, city.getCoveredWorkers());
        assertEquals(DivisionCode.of("360102"), street.getDivisionCode());
    }

    @Test
    void aChildOfTheWrongKindIsRefusedWithTheMessageKey() {
        assertRefused("organization.parentType.invalid", new Object[] {"orgType.COUNTY", "orgType.PROVINCE"},
                () -> jiangxi().foundChild(OrgUnitType.COUNTY, "东湖区总工会", DivisionCode.of("360102"), null));
    }

    @Test
    void aChildOutsideTheParentsDivisionIsRefusedWithTheMessageKey() {
        assertRefused("organization.divisionCode.outsideParent", new Object[] {"370100", "360000"},
                () -> jiangxi().foundChild(OrgUnitType.CITY, "济南市总工会", DivisionCode.of("370100"), null));
    }

    @Test
    void aCityCannotFoundAUnitForAnotherCityOfTheSameProvince() {
        DomainException wrongLevel = assertThrows(DomainException.class,
                () -> jiangxi().foundChild(OrgUnitType.CITY, "东湖区总工会", DivisionCode.of("360102"), null));
        assertEquals("organization.divisionCode.levelMismatch", wrongLevel.messageKey());
        assertThrows(DomainException.class,
                () -> OrgUnit.root(OrgUnitType.PROVINCE, "南昌市总工会", DivisionCode.of("360100")));
        OrgUnit nanchang = jiangxi().foundChild(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"), null);
        DomainException e = assertThrows(DomainException.class,
                () -> nanchang.foundChild(OrgUnitType.COUNTY, "昌江区总工会", DivisionCode.of("360202"), null));
        assertEquals("organization.divisionCode.outsideParent", e.messageKey());
    }

    @Test
    void theNameMustHaveOneTo200Characters() {
        OrgUnit root = jiangxi();
        DivisionCode nanchang = DivisionCode.of("360100");
        assertEquals("organization.name.invalid", assertThrows(DomainException.class,
                () -> root.foundChild(OrgUnitType.CITY, "   ", nanchang, null)).messageKey());
        assertEquals("organization.name.invalid", assertThrows(DomainException.class,
                () -> root.foundChild(OrgUnitType.CITY, null, nanchang, null)).messageKey());
        assertEquals("organization.name.invalid", assertThrows(DomainException.class,
                () -> root.foundChild(OrgUnitType.CITY, "工".repeat(201), nanchang, null)).messageKey());
        assertEquals(200, root.foundChild(OrgUnitType.CITY, "工".repeat(200), nanchang, null).getName().length());
    }

    @Test
    void coveredWorkersCannotBeNegative() {
        OrgUnit root = jiangxi();
        DomainException e = assertThrows(DomainException.class,
                () -> root.foundChild(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"), -1L));
        assertEquals("organization.coveredWorkers.negative", e.messageKey());
        assertEquals(0L, root.foundChild(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"), 0L)
                .getCoveredWorkers());
    }

    @Test
    void placeInTreeNeedsTheIdThatOnlyPersistAssigns() {
        OrgUnit root = jiangxi();
        assertThrows(IllegalStateException.class, root::placeInTree);
        assertNull(root.getPath());
    }

    @Test
    void anUnpersistedUnitHasNoScope() {
        assertThrows(IllegalArgumentException.class, () -> jiangxi().scope());
    }

    private static void assertRefused(String messageKey, Object[] arguments, Executable founding) {
        DomainException e = assertThrows(DomainException.class, founding);
        assertEquals(messageKey, e.messageKey());
        assertArrayEquals(arguments, e.arguments());
    }
}
