package org.unionworks.security.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitRepository;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.security.model.PasswordHasher;
import org.unionworks.security.model.PasswordPolicy;
import org.unionworks.security.model.Roles;
import org.unionworks.security.model.UserRepository;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;

/**
 * A security administrator manages accounts of their own subtree only, never their own
 * roles or status (separation of duties), and never sees a password hash.
 */
@Stateless
@Interceptors(AuditFailures.class)
@RolesAllowed(Roles.SECURITY_ADMIN)
public class DefaultUserAdministrationService implements UserAdministrationService {

    private static final String TYPE = "AppUser";

    @Inject
    UserRepository users;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentCaller caller;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "unionworks")
    EntityManager em;

    @Override
    public Page<UserView> list(String text, PageRequest page) {
        OrgScope scope = caller.scope();
        OffsetDateTime now = OffsetDateTime.now();
        List<UserView> items = users.findPage(scope, text, page.offset(), page.size()).stream()
                .map(u -> UserView.of(u, now)).toList();
        return new Page<>(items, users.count(scope, text), page.offset(), page.size());
    }

    @Override
    public long count(String text) {
        return users.count(caller.scope(), text);
    }

    @Override
    public UserView get(long userId) {
        return UserView.of(load(userId), OffsetDateTime.now());
    }

    @Override
    public UserView create(NewUserCommand command) {
        String username = command.username().strip();
        if (users.findByUsername(username).isPresent()) {
            throw new DomainException("user.username.taken", "username taken");
        }
        PasswordRejectedException.requireAcceptable(passwordPolicy, username, command.initialPassword());
        OrgUnit org = orgInScope(command.orgUnitId());
        AppUser user = new AppUser(username, command.displayName(), org, EnumSet.copyOf(command.roles()),
                hasher.hash(command.initialPassword()));
        users.add(user);
        em.flush();
        audit.record(AuditAction.USER_CREATED, TYPE, user.getId(), AuditOutcome.SUCCESS,
                AuditDetail.of("userCreated", org.getId(), user.getRoles()));
        return UserView.of(user, OffsetDateTime.now());
    }

    @Override
    public UserView update(UpdateUserCommand command) {
        AppUser user = load(command.userId());
        if (user.getVersion() != command.version()) {
            throw new ConcurrentEditException(TYPE, command.userId());
        }
        boolean self = user.getId() == caller.get().userId();
        var newRoles = EnumSet.copyOf(command.roles());
        if (self && (!newRoles.equals(user.getRoles()) || !command.enabled()
                || !command.orgUnitId().equals(user.getOrgUnit().getId()))) {
            throw new DomainException("user.self.forbidden", "administrators cannot change their own roles, org or status");
        }
        if (!newRoles.equals(user.getRoles())) {
            String before = user.getRoles().toString();
            user.grant(newRoles);
            audit.record(AuditAction.USER_ROLES_CHANGED, TYPE, user.getId(), AuditOutcome.SUCCESS,
                    AuditDetail.of("rolesChanged", before, user.getRoles()));
        }
        if (!command.orgUnitId().equals(user.getOrgUnit().getId())) {
            Long before = user.getOrgUnit().getId();
            user.moveTo(orgInScope(command.orgUnitId()));
            audit.record(AuditAction.USER_ORG_CHANGED, TYPE, user.getId(), AuditOutcome.SUCCESS,
                    AuditDetail.of("orgChanged", before, command.orgUnitId()));
        }
        if (!command.displayName().strip().equals(user.getDisplayName())) {
            user.rename(command.displayName());
            audit.record(AuditAction.USER_UPDATED, TYPE, user.getId(), AuditOutcome.SUCCESS,
                    AuditDetail.of("displayNameChanged"));
        }
        if (command.enabled() != user.isEnabled()) {
            if (command.enabled()) {
                user.enable();
            } else {
                user.disable();
            }
            audit.record(command.enabled() ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TYPE,
                    user.getId(), AuditOutcome.SUCCESS, null);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException(TYPE, command.userId());
        }
        return UserView.of(user, OffsetDateTime.now());
    }

    @Override
    public void resetPassword(long userId, char[] newPassword) {
        AppUser user = load(userId);
        if (user.getId() == caller.get().userId()) {
            throw new DomainException("user.self.forbidden", "use change-password for your own account");
        }
        PasswordRejectedException.requireAcceptable(passwordPolicy, user.getUsername(), newPassword);
        user.changePassword(hasher.hash(newPassword), OffsetDateTime.now());
        audit.record(AuditAction.PASSWORD_RESET, TYPE, user.getId(), AuditOutcome.SUCCESS, null);
    }

    @Override
    public void unlock(long userId) {
        AppUser user = load(userId);
        user.unlock();
        audit.record(AuditAction.USER_UNLOCKED, TYPE, user.getId(), AuditOutcome.SUCCESS, null);
    }

    private AppUser load(long userId) {
        return users.find(caller.scope(), userId).orElseThrow(() -> new NotFoundException(TYPE, userId));
    }

    private OrgUnit orgInScope(long orgUnitId) {
        return units.find(caller.scope(), orgUnitId).orElseThrow(() -> new NotFoundException("OrgUnit", orgUnitId));
    }
}
