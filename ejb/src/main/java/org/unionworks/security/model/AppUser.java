package org.unionworks.security.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.shared.model.DomainException;

/** A portal account. It belongs to one org unit and sees only that unit's subtree. */
@Entity
@Table(name = "app_user")
public class AppUser {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private OffsetDateTime passwordChangedAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String displayName, OrgUnit orgUnit, Set<Role> roles, String passwordHash) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new DomainException("user.username.invalid", "invalid username");
        }
        this.username = username;
        rename(displayName);
        moveTo(orgUnit);
        grant(roles);
        this.passwordHash = passwordHash;
        this.createdAt = OffsetDateTime.now();
        this.passwordChangedAt = createdAt;
    }

    public static boolean isWellFormedUsername(String candidate) {
        return candidate != null && USERNAME.matcher(candidate).matches();
    }

    public void rename(String newDisplayName) {
        String trimmed = newDisplayName == null ? "" : newDisplayName.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new DomainException("user.displayName.invalid", "display name must have 1..100 characters");
        }
        this.displayName = trimmed;
    }

    public void moveTo(OrgUnit unit) {
        if (unit == null) {
            throw new DomainException("user.orgUnit.required", "an account belongs to an org unit");
        }
        this.orgUnit = unit;
    }

    public void grant(Set<Role> newRoles) {
        var problems = new SeparationOfDutiesPolicy().violations(newRoles);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0), "roles violate separation of duties: " + newRoles);
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        unlock();
    }

    public boolean isLockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Records a failed login; returns true when this failure locked the account. */
    public boolean recordFailedLogin(LockoutPolicy policy, OffsetDateTime now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            // an expired lock starts a fresh count
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (lockedUntil == null && policy.locksAfter(failedAttempts)) {
            lockedUntil = policy.lockedUntil(now);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin(OffsetDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
