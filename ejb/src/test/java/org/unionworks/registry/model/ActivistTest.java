package org.unionworks.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.model.DomainException;

class ActivistTest {

    private final OrgUnit city = OrgUnit.root(OrgUnitType.CITY, "南昌市总工会", DivisionCode.of("360100"));

    private Activist volunteer() {
        return new Activist(ActivistKind.VOLUNTEER, " 李明 ", city, "心理疏导", LocalDate.of(2024, 1, 1));
    }

    @Test
    void aNewMemberIsActiveTrimmedAndInTheUnitsSubtree() {
        Activist a = volunteer();
        assertEquals("李明", a.getFullName());
        assertEquals(ActivistStatus.ACTIVE, a.getStatus());
        assertEquals(city.getPath(), a.getPath());
        assertThrows(DomainException.class, () -> new Activist(ActivistKind.ACTIVIST, "李", city, null,
                LocalDate.of(2024, 1, 1)), "a one-character name");
        assertThrows(DomainException.class, () -> new Activist(ActivistKind.ACTIVIST, "李明", city, null,
                LocalDate.now().plusDays(1)), "registered in the future");
    }

    @Test
    void describingReportsOnlyWhatChanged() {
        Activist a = volunteer();
        assertEquals(Set.of(), a.describe(ActivistKind.VOLUNTEER, "李明", "心理疏导"));
        assertEquals(Set.of("kind", "skills"), a.describe(ActivistKind.ACTIVIST, "李明", "法律援助"));
    }

    @Test
    void promotionNeedsAnActiveMemberWithAnIdNumberAndFreezesTheRecord() {
        Activist a = volunteer();
        assertEquals("registry.activist.idRequired",
                assertThrows(DomainException.class, a::requirePromotable).messageKey());
        assertTrue(a.changeResidentId(new SealedValue("cipher", "index", "360***********1234")));
        assertFalse(a.changeResidentId(new SealedValue("cipher2", "index", "360***********1234")), "same number");
        a.deactivate();
        assertEquals("registry.activist.notActive",
                assertThrows(DomainException.class, a::requirePromotable).messageKey());
        a.reactivate();
        a.requirePromotable();

        String first17 = "36010219900307123";
        ResidentId id = ResidentId.parse(first17 + ResidentId.checkCharacter(first17));
        Professional p = Professional.register(new Profile("李明", EducationLevel.fromCode("21"), null, false, null,
                        ProfessionalCategory.SOCIAL_WORKER), id, new SealedValue("c", "i", id.masked()), city,
                Employment.of(EmploymentMode.UNION_STAFF, null), LocalDate.of(2020, 1, 1), RecordSource.PROMOTED, "x");
        a.promotedTo(p);
        assertEquals(ActivistStatus.PROMOTED, a.getStatus());
        assertEquals("registry.activist.promoted", assertThrows(DomainException.class,
                () -> a.describe(ActivistKind.ACTIVIST, "王明", null)).messageKey());
        assertThrows(DomainException.class, a::deactivate);
        assertEquals("registry.activist.notActive",
                assertThrows(DomainException.class, () -> a.promotedTo(p)).messageKey(), "only once");
    }
}
