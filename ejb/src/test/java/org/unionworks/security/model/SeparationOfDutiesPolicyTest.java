package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeparationOfDutiesPolicyTest {

    private final SeparationOfDutiesPolicy policy = new SeparationOfDutiesPolicy();

    @Test
    void anAccountNeedsARole() {
        assertEquals(List.of("user.roles.empty"), policy.violations(Set.of()));
        assertEquals(List.of("user.roles.empty"), policy.violations(null));
    }

    @Test
    void twoAdministratorRolesAreNeverHeldTogether() {
        assertEquals(List.of("user.roles.adminsCombined"),
                policy.violations(EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN)));
        assertEquals(List.of("user.roles.adminsCombined"),
                policy.violations(EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)));
        assertEquals(List.of("user.roles.adminsCombined"), policy.violations(Role.ADMINISTRATORS));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN"})
    void anAdministratorHoldsNoBusinessRole(Role admin) {
        assertEquals(List.of("user.roles.adminWithBusinessRole"), policy.violations(EnumSet.of(admin, Role.FINANCE)));
        assertEquals(List.of(), policy.violations(EnumSet.of(admin)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"UNION_OFFICIAL", "LABOR_DEPT", "FINANCE"})
    void aSingleBusinessRoleIsFine(Role role) {
        assertEquals(List.of(), policy.violations(EnumSet.of(role)));
    }

    @Test
    void businessRolesMayBeCombined() {
        assertEquals(List.of(), policy.violations(EnumSet.of(Role.UNION_OFFICIAL, Role.LABOR_DEPT, Role.FINANCE)));
    }

    @Test
    void noAccountHoldsTheApiClientRole() {
        assertEquals(List.of("user.roles.notForAccounts"), policy.violations(EnumSet.of(Role.API_CLIENT)));
        assertEquals(List.of("user.roles.notForAccounts"),
                policy.violations(EnumSet.of(Role.LABOR_DEPT, Role.API_CLIENT)));
        assertEquals(List.of(Role.API_CLIENT), java.util.Arrays.stream(Role.values())
                .filter(r -> !r.isAssignableToAccounts()).toList());
    }

    @Test
    void exactlyTheThreeAdministratorsAreAdministrators() {
        assertEquals(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN),
                EnumSet.copyOf(Role.ADMINISTRATORS));
        for (Role role : Role.values()) {
            assertEquals(Role.ADMINISTRATORS.contains(role), role.isAdministrator(), role.name());
        }
    }
}
