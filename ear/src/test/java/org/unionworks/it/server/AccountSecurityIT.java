package org.unionworks.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.unionworks.it.Deployments;
import org.unionworks.it.support.Identities;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.it.support.AsPasswordChanger;
import org.unionworks.security.application.AccountService;
import org.unionworks.security.application.AuditEntryView;
import org.unionworks.security.application.AuditSearchService;
import org.unionworks.security.application.AuthenticationResult;
import org.unionworks.security.application.AuthenticationService;
import org.unionworks.security.application.LoginChannel;
import org.unionworks.security.application.NewUserCommand;
import org.unionworks.security.application.PasswordRejectedException;
import org.unionworks.security.application.UpdateUserCommand;
import org.unionworks.security.application.UserAdministrationService;
import org.unionworks.security.application.UserView;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditCriteria;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.Role;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;

/**
 * Accounts end to end on the server: the security administrator creates one, logins are
 * checked and audited, five failures lock it, and every step is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String PASSWORD = "Correct#Horse42";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestsOf(AccountSecurityIT.class);
    }

    @Inject
    Identities as;

    @Inject
    UserAdministrationService users;

    @Inject
    AuthenticationService authentication;

    @Inject
    AuditSearchService audit;

    @Inject
    OrgUnitService orgUnits;

    private UserView newOfficial() throws Exception {
        String username = "it." + UUID.randomUUID().toString().substring(0, 8);
        long nanchang = as.nanchangOfficial().call(orgUnits::scopeRoot).id();
        return as.securityAdmin().call(() -> users.create(new NewUserCommand(username, "测试用户", nanchang,
                EnumSet.of(Role.UNION_OFFICIAL), PASSWORD.toCharArray())));
    }

    private List<AuditEntryView> auditOf(String actor, AuditAction action) throws Exception {
        return as.auditAdmin().call(() -> audit.search(new AuditCriteria(null, null, actor, action, null),
                PageRequest.first(100)).items());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneNoLongerOpensIt() throws Exception {
        UserView user = newOfficial();
        for (int i = 1; i <= 4; i++) {
            assertFalse(authentication.authenticate(user.username(), "wrong-password".toCharArray(), LoginChannel.PORTAL).valid());
        }
        assertTrue(authentication.authenticate(user.username(), PASSWORD.toCharArray(), LoginChannel.PORTAL).valid(),
                "four failures do not lock; a success resets the count");
        for (int i = 1; i <= 5; i++) {
            assertFalse(authentication.authenticate(user.username(), "wrong-password".toCharArray(), LoginChannel.PORTAL).valid());
        }
        AuthenticationResult locked = authentication.authenticate(user.username(), PASSWORD.toCharArray(), LoginChannel.PORTAL);
        assertSame(AuthenticationResult.INVALID, locked, "a locked account answers exactly like a wrong password");
        assertTrue(as.securityAdmin().call(() -> users.get(user.id())).locked());

        assertEquals(1, auditOf(user.username(), AuditAction.ACCOUNT_LOCKED).size());
        assertEquals(10, auditOf(user.username(), AuditAction.LOGIN_FAILED).size(), "9 wrong + 1 while locked");
        assertEquals(1, auditOf(user.username(), AuditAction.LOGIN).size());

        as.securityAdmin().call(() -> {
            users.unlock(user.id());
            return null;
        });
        assertTrue(authentication.authenticate(user.username(), PASSWORD.toCharArray(), LoginChannel.PORTAL).valid(), "unlocked");
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswordsAndAreAudited() throws Exception {
        String ghost = "ghost." + UUID.randomUUID().toString().substring(0, 8);
        long before = as.auditAdmin().call(() -> audit.search(
                new AuditCriteria(null, null, null, AuditAction.LOGIN_FAILED, null), PageRequest.first(1)).total());
        assertSame(AuthenticationResult.INVALID, authentication.authenticate(ghost, PASSWORD.toCharArray(), LoginChannel.PORTAL));
        List<AuditEntryView> failures = as.auditAdmin().call(() -> audit.search(
                new AuditCriteria(null, null, null, AuditAction.LOGIN_FAILED, null), PageRequest.first(1)).items());
        // (the search returns newest first)
        assertEquals(before + 1, as.auditAdmin().call(() -> audit.search(
                new AuditCriteria(null, null, null, AuditAction.LOGIN_FAILED, null), PageRequest.first(1)).total()));
        AuditEntryView row = failures.get(0);
        assertEquals(AuditOutcome.FAILURE, row.outcome());
        assertEquals(null, row.actor(), "the typed name is not kept: it may be a mistyped password");
        assertFalse(String.valueOf(row.detail()).contains(ghost));
        assertTrue(auditOf(ghost, AuditAction.LOGIN_FAILED).isEmpty());
    }

    @Test
    void userChangesAreAuditedWithTheAdministratorAsActor() throws Exception {
        UserView user = newOfficial();
        long jiujiang = as.jiujiangOfficial().call(orgUnits::scopeRoot).id();
        UserView moved = as.securityAdmin().call(() -> users.update(new UpdateUserCommand(user.id(), user.version(),
                "测试用户（已调动）", jiujiang, EnumSet.of(Role.UNION_OFFICIAL, Role.FINANCE), true)));
        assertEquals(jiujiang, moved.orgUnitId());
        assertEquals(Set.of(Role.UNION_OFFICIAL, Role.FINANCE), moved.roles());

        List<AuditEntryView> byAdmin = as.auditAdmin().call(() -> audit.search(
                new AuditCriteria(null, null, "secadmin", null, null), PageRequest.first(200)).items());
        String id = String.valueOf(user.id());
        assertTrue(byAdmin.stream().anyMatch(e -> e.action() == AuditAction.USER_CREATED && id.equals(e.objectId())));
        assertTrue(byAdmin.stream().anyMatch(e -> e.action() == AuditAction.USER_ROLES_CHANGED && id.equals(e.objectId())));
        assertTrue(byAdmin.stream().anyMatch(e -> e.action() == AuditAction.USER_ORG_CHANGED && id.equals(e.objectId())));
        assertTrue(byAdmin.stream().allMatch(e -> e.occurredAt().getOffset() != null), "times carry their offset");
    }

    @Test
    void anOpenSessionSeesRoleChangesAndDisablingAtOnce() throws Exception {
        UserView user = newOfficial();
        assertEquals(Optional.of(Set.of("UNION_OFFICIAL")), authentication.currentRoles(user.username()));
        UserView changed = as.securityAdmin().call(() -> users.update(new UpdateUserCommand(user.id(), user.version(),
                user.displayName(), user.orgUnitId(), EnumSet.of(Role.FINANCE), true)));
        assertEquals(Optional.of(Set.of("FINANCE")), authentication.currentRoles(user.username()));
        as.securityAdmin().call(() -> users.update(new UpdateUserCommand(user.id(), changed.version(),
                user.displayName(), user.orgUnitId(), EnumSet.of(Role.FINANCE), false)));
        assertEquals(Optional.empty(), authentication.currentRoles(user.username()), "disabled: the session ends");
    }

    @Test
    void apiCallsAuthenticateWithoutWritingALoginEachTime() throws Exception {
        UserView user = newOfficial();
        for (int i = 0; i < 3; i++) {
            assertTrue(authentication.authenticate(user.username(), PASSWORD.toCharArray(), LoginChannel.API).valid());
        }
        assertTrue(auditOf(user.username(), AuditAction.LOGIN).isEmpty(), "no login row per API request");
        assertEquals(user.version(), as.securityAdmin().call(() -> users.get(user.id())).version(),
                "the account is not rewritten per request, so an administrator's edit never conflicts with it");
        assertFalse(authentication.authenticate(user.username(), "wrong".toCharArray(), LoginChannel.API).valid());
        assertEquals(1, auditOf(user.username(), AuditAction.LOGIN_FAILED).size(), "API failures are audited");
    }

    @Inject
    AccountService account;

    @Test
    void aPersonChangesTheirOwnPasswordOnlyWithTheCurrentOneAndWithinThePolicy() throws Exception {
        long nanchang = as.nanchangOfficial().call(orgUnits::scopeRoot).id();
        String name = AsPasswordChanger.USERNAME;
        UserView user = as.securityAdmin().call(() -> users.list(name, PageRequest.first(5)).items().stream()
                .filter(u -> u.username().equals(name)).findFirst()
                .orElseGet(() -> users.create(new NewUserCommand(name, "改密测试", nanchang,
                        EnumSet.of(Role.UNION_OFFICIAL), PASSWORD.toCharArray()))));
        as.securityAdmin().call(() -> {
            users.resetPassword(user.id(), PASSWORD.toCharArray());
            return null;
        });

        DomainException wrongCurrent = assertThrows(DomainException.class, () -> as.passwordChanger().call(() -> {
            account.changeOwnPassword("Not#TheCurrent1".toCharArray(), "Brand#NewSecret9".toCharArray());
            return null;
        }));
        assertEquals("password.currentWrong", wrongCurrent.messageKey());
        assertThrows(PasswordRejectedException.class, () -> as.passwordChanger().call(() -> {
            account.changeOwnPassword(PASSWORD.toCharArray(), "weak".toCharArray());
            return null;
        }));
        as.passwordChanger().call(() -> {
            account.changeOwnPassword(PASSWORD.toCharArray(), "Brand#NewSecret9".toCharArray());
            return null;
        });
        assertFalse(authentication.authenticate(name, PASSWORD.toCharArray(), LoginChannel.PORTAL).valid());
        assertTrue(authentication.authenticate(name, "Brand#NewSecret9".toCharArray(), LoginChannel.PORTAL).valid());
        assertEquals(1, auditOf(name, AuditAction.PASSWORD_CHANGED).size());
        assertEquals(2, auditOf(name, AuditAction.OPERATION_FAILED).size(), "both refusals are on record");
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() throws Exception {
        UserView user = newOfficial();
        as.securityAdmin().call(() -> users.update(new UpdateUserCommand(user.id(), user.version(), "第一次修改",
                user.orgUnitId(), user.roles(), true)));
        assertThrows(ConcurrentEditException.class, () -> as.securityAdmin().call(() -> users.update(
                new UpdateUserCommand(user.id(), user.version(), "过期的修改", user.orgUnitId(), user.roles(), true))));
        assertEquals("第一次修改", as.securityAdmin().call(() -> users.get(user.id())).displayName());
    }

    @Test
    void weakPasswordsAndCombinedAdministratorRolesAreRefused() throws Exception {
        long nanchang = as.nanchangOfficial().call(orgUnits::scopeRoot).id();
        PasswordRejectedException weak = assertThrows(PasswordRejectedException.class, () -> as.securityAdmin()
                .call(() -> users.create(new NewUserCommand("it.weak" + System.nanoTime() % 100000, "弱密码", nanchang,
                        EnumSet.of(Role.FINANCE), "short1A".toCharArray()))));
        assertTrue(weak.violations().contains("password.tooShort"));
        DomainException combined = assertThrows(DomainException.class, () -> as.securityAdmin()
                .call(() -> users.create(new NewUserCommand("it.dual" + System.nanoTime() % 100000, "兼任", nanchang,
                        EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN), PASSWORD.toCharArray()))));
        assertEquals("user.roles.adminsCombined", combined.messageKey());
    }
}
