package org.unionworks.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.shared.model.DomainException;

class AppUserTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LockoutPolicy STANDARD = LockoutPolicy.standard();

    private static OrgUnit jiangxi() {
        return OrgUnit.root(OrgUnitType.PROVINCE, "江西省总工会", DivisionCode.of("360000"));
    }

    private static AppUser official(String username) {
        return new AppUser(username, "张三", jiangxi(), EnumSet.of(Role.UNION_OFFICIAL), "pbkdf2-sha512$10000$x$y");
    }

    /** An account the fifth failure locked at {@code at}. */
    private static AppUser lockedAt(OffsetDateTime at) {
        AppUser user = official("zhangsan");
        fail(user, 4, at);
        assertTrue(user.recordFailedLogin(STANDARD, at));
        return user;
    }

    private static void fail(AppUser user, int times, OffsetDateTime at) {
        for (int i = 0; i < times; i++) {
            assertFalse(user.recordFailedLogin(STANDARD, at), "failure " + (i + 1) + " must not lock");
        }
    }

    @Test
    void aNewAccountIsEnabledUnlockedAndHoldsItsRoles() {
        AppUser user = official("zhangsan");
        assertTrue(user.isEnabled());
        assertEquals(0, user.getFailedAttempts());
        assertFalse(user.isLockedAt(T0));
        assertEquals(EnumSet.of(Role.UNION_OFFICIAL), user.getRoles());
        assertEquals(user.getCreatedAt(), user.getPasswordChangedAt());
    }

    @Test
    void theFifthConsecutiveFailureLocksTheAccount() {
        AppUser user = official("zhangsan");
        fail(user, 4, T0);
        assertFalse(user.isLockedAt(T0));
        assertEquals(4, user.getFailedAttempts());

        assertTrue(user.recordFailedLogin(STANDARD, T0.plusSeconds(10)));
        assertEquals(T0.plusSeconds(10).plus(LockoutPolicy.DEFAULT_LOCK_DURATION), user.getLockedUntil());
        assertTrue(user.isLockedAt(T0.plusSeconds(10)));
    }

    @Test
    void theLockHoldsUntilItsEndAndNoLonger() {
        AppUser user = lockedAt(T0);
        OffsetDateTime until = T0.plusMinutes(15);

        assertTrue(user.isLockedAt(until.minusSeconds(1)));
        assertFalse(user.isLockedAt(until));
        assertFalse(user.isLockedAt(until.plusMinutes(1)));
    }

    @Test
    void failuresDuringTheLockNeitherLockAgainNorExtendIt() {
        AppUser user = lockedAt(T0);

        assertFalse(user.recordFailedLogin(STANDARD, T0.plusMinutes(10)));
        assertEquals(T0.plusMinutes(15), user.getLockedUntil());
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        AppUser user = lockedAt(T0);

        OffsetDateTime later = T0.plusMinutes(20);
        assertFalse(user.recordFailedLogin(STANDARD, later));
        assertEquals(1, user.getFailedAttempts());
        assertNull(user.getLockedUntil());
        assertFalse(user.isLockedAt(later));

        fail(user, 3, later);
        assertTrue(user.recordFailedLogin(STANDARD, later), "the fifth failure after the old lock locks again");
        assertTrue(user.isLockedAt(later));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        AppUser user = official("zhangsan");
        fail(user, 4, T0);
        user.recordSuccessfulLogin(T0.plusSeconds(5));

        assertEquals(0, user.getFailedAttempts());
        assertEquals(T0.plusSeconds(5), user.getLastLoginAt());
        fail(user, 4, T0.plusSeconds(10));
        assertFalse(user.isLockedAt(T0.plusSeconds(10)));
    }

    @Test
    void unlockAndPasswordChangeLiftTheLock() {
        AppUser user = lockedAt(T0);
        user.unlock();
        assertFalse(user.isLockedAt(T0));
        assertEquals(0, user.getFailedAttempts());

        fail(user, 4, T0);
        assertTrue(user.recordFailedLogin(STANDARD, T0));
        user.changePassword("pbkdf2-sha512$10000$a$b", T0.plusMinutes(1));
        assertFalse(user.isLockedAt(T0.plusMinutes(1)));
        assertEquals(T0.plusMinutes(1), user.getPasswordChangedAt());
        assertEquals("pbkdf2-sha512$10000$a$b", user.getPasswordHash());
    }

    @Test
    void aConfiguredPolicyIsHonoured() {
        AppUser user = official("zhangsan");
        LockoutPolicy strict = new LockoutPolicy(2, Duration.ofHours(1));
        assertFalse(user.recordFailedLogin(strict, T0));
        assertTrue(user.recordFailedLogin(strict, T0));
        assertTrue(user.isLockedAt(T0.plusMinutes(59)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zhangsan", "li.si", "wang_wu-2", "abc"})
    void wellFormedUsernames(String username) {
        assertTrue(AppUser.isWellFormedUsername(username));
        assertEquals(username, official(username).getUsername());
    }

    @Test
    void usernamesHaveThreeToSixtyFourCharacters() {
        assertTrue(AppUser.isWellFormedUsername("a" + "b".repeat(63)));
        assertFalse(AppUser.isWellFormedUsername("a" + "b".repeat(64)));
        assertFalse(AppUser.isWellFormedUsername("ab"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "ZhangSan", "1zhang", "_zhang", "zhang san", "zhang@san", "张三", " zhangsan"})
    void malformedUsernamesAreRefusedWithTheMessageKey(String username) {
        assertFalse(AppUser.isWellFormedUsername(username));
        DomainException e = assertThrows(DomainException.class, () -> official(username));
        assertEquals("user.username.invalid", e.messageKey());
    }

    @Test
    void anAccountBelongsToAnOrgUnit() {
        DomainException e = assertThrows(DomainException.class,
                () -> new AppUser("zhangsan", "张三", null, EnumSet.of(Role.UNION_OFFICIAL), "h"));
        assertEquals("user.orgUnit.required", e.messageKey());
    }

    @Test
    void aDisplayNameIsRequired() {
        DomainException e = assertThrows(DomainException.class,
                () -> new AppUser("zhangsan", "  ", jiangxi(), EnumSet.of(Role.UNION_OFFICIAL), "h"));
        assertEquals("user.displayName.invalid", e.messageKey());
    }

    @Test
    void grantRefusesForbiddenCombinationsAndKeepsTheOldRoles() {
        AppUser user = official("zhangsan");
        DomainException admins = assertThrows(DomainException.class,
                () -> user.grant(EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN)));
        assertEquals("user.roles.adminsCombined", admins.messageKey());
        DomainException mixed = assertThrows(DomainException.class,
                () -> user.grant(EnumSet.of(Role.AUDIT_ADMIN, Role.UNION_OFFICIAL)));
        assertEquals("user.roles.adminWithBusinessRole", mixed.messageKey());
        DomainException none = assertThrows(DomainException.class, () -> user.grant(Set.of()));
        assertEquals("user.roles.empty", none.messageKey());

        assertEquals(EnumSet.of(Role.UNION_OFFICIAL), user.getRoles());
    }

    @Test
    void theConstructorAppliesSeparationOfDuties() {
        DomainException e = assertThrows(DomainException.class, () -> new AppUser("zhangsan", "张三", jiangxi(),
                EnumSet.of(Role.SYSTEM_ADMIN, Role.FINANCE), "h"));
        assertEquals("user.roles.adminWithBusinessRole", e.messageKey());
    }

    @Test
    void grantReplacesTheRolesAndGetRolesIsACopy() {
        AppUser user = official("zhangsan");
        user.grant(Set.of(Role.LABOR_DEPT, Role.FINANCE));
        Set<Role> roles = user.getRoles();
        roles.add(Role.SYSTEM_ADMIN);
        assertEquals(EnumSet.of(Role.LABOR_DEPT, Role.FINANCE), user.getRoles());
    }
}
