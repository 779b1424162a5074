package org.unionworks.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.security.model.Roles;
import org.unionworks.security.model.UserRepository;
import org.unionworks.shared.model.DomainException;

@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.SECURITY_ADMIN, Roles.AUDIT_ADMIN, Roles.UNION_OFFICIAL, Roles.LABOR_DEPT,
        Roles.FINANCE})
public class DefaultAccountService implements AccountService {

    @Inject
    CurrentCaller caller;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    AuditTrail audit;

    @Override
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        AppUser me = users.findByUsername(caller.get().username())
                .orElseThrow(() -> new AccessDeniedException("account vanished"));
        if (!hasher.matches(currentPassword, me.getPasswordHash())) {
            throw new DomainException("password.currentWrong", "current password does not match");
        }
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new DomainException("password.unchanged", "new password equals the current one");
        }
        PasswordRejectedException.requireAcceptable(policy, me.getUsername(), newPassword);
        me.changePassword(hasher.hash(newPassword), OffsetDateTime.now());
        audit.record(AuditAction.PASSWORD_CHANGED, "AppUser", me.getId(), AuditOutcome.SUCCESS, null);
    }
}
