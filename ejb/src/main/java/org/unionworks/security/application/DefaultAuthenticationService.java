package org.unionworks.security.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.LockoutPolicy;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.UserRepository;

/** Login is the one business method anyone may call: it is how a caller becomes someone. */
@Stateless
@PermitAll
public class DefaultAuthenticationService implements AuthenticationService {

    /** Hashed once so unknown names cost the same time as known ones. */
    private static final char[] DUMMY = "dummy-password-for-timing".toCharArray();

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LockoutPolicy lockout;

    @Inject
    AuditTrail audit;

    private static volatile String dummyHash;

    @Override
    @PermitAll
    public AuthenticationResult authenticate(String username, char[] password, LoginChannel channel) {
        OffsetDateTime now = OffsetDateTime.now();
        String name = username == null ? "" : username.strip();
        Optional<AppUser> found = AppUser.isWellFormedUsername(name) ? users.findByUsername(name) : Optional.empty();
        if (found.isEmpty()) {
            hasher.matches(password, dummyHash());
            // the typed name is not recorded: people type passwords into the name field (IP and time are)
            audit.recordFor(null, null, AuditAction.LOGIN_FAILED, "AppUser", null, AuditOutcome.FAILURE,
                    AuditDetail.of("unknownAccount"));
            return AuthenticationResult.INVALID;
        }
        AppUser user = found.get();
        Long orgId = user.getOrgUnit().getId();
        boolean passwordOk = hasher.matches(password, user.getPasswordHash());
        if (user.isLockedAt(now)) {
            audit.recordFor(name, orgId, AuditAction.LOGIN_FAILED, "AppUser", user.getId(), AuditOutcome.FAILURE,
                    AuditDetail.of("accountLocked"));
            return AuthenticationResult.INVALID;
        }
        if (!user.isEnabled()) {
            audit.recordFor(name, orgId, AuditAction.LOGIN_FAILED, "AppUser", user.getId(), AuditOutcome.FAILURE,
                    AuditDetail.of("accountDisabled"));
            return AuthenticationResult.INVALID;
        }
        if (!passwordOk) {
            boolean lockedNow = user.recordFailedLogin(lockout, now);
            audit.recordFor(name, orgId, AuditAction.LOGIN_FAILED, "AppUser", user.getId(), AuditOutcome.FAILURE,
                    AuditDetail.of("wrongPassword", user.getFailedAttempts()));
            if (lockedNow) {
                audit.recordFor(name, orgId, AuditAction.ACCOUNT_LOCKED, "AppUser", user.getId(),
                        AuditOutcome.SUCCESS, AuditDetail.of("lockedUntil",
                                user.getLockedUntil().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx"))));
            }
            return AuthenticationResult.INVALID;
        }
        if (channel == LoginChannel.PORTAL) {
            user.recordSuccessfulLogin(now);
            if (hasher.needsRehash(user.getPasswordHash())) {
                user.changePassword(hasher.hash(password), user.getPasswordChangedAt());
            }
            audit.recordFor(name, orgId, AuditAction.LOGIN, "AppUser", user.getId(), AuditOutcome.SUCCESS, null);
        } else if (user.getFailedAttempts() > 0) {
            user.unlock();
        }
        return new AuthenticationResult(true, user.getUsername(), roleNames(user));
    }

    @Override
    @PermitAll
    public Optional<Set<String>> currentRoles(String username) {
        OffsetDateTime now = OffsetDateTime.now();
        return users.findByUsername(username)
                .filter(u -> u.isEnabled() && !u.isLockedAt(now))
                .map(DefaultAuthenticationService::roleNames);
    }

    private static Set<String> roleNames(AppUser user) {
        return user.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    @PermitAll
    public void recordLogout(String username, boolean expired) {
        users.findByUsername(username).ifPresent(user -> audit.recordFor(username, user.getOrgUnit().getId(),
                expired ? AuditAction.SESSION_EXPIRED : AuditAction.LOGOUT, "AppUser", user.getId(),
                AuditOutcome.SUCCESS, null));
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash(DUMMY);
        }
        return dummyHash;
    }
}
