package org.unionworks.security.application;

import java.time.OffsetDateTime;
import java.util.Set;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.Role;

/** An account as the security administrator sees it; never carries the password hash. */
public record UserView(long id, String username, String displayName, long orgUnitId, String orgUnitName,
                       Set<Role> roles, boolean enabled, boolean locked, OffsetDateTime lastLoginAt, long version) {

    public UserView {
        roles = Set.copyOf(roles);
    }

    public static UserView of(AppUser u, OffsetDateTime now) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getOrgUnit().getId(),
                u.getOrgUnit().getName(), u.getRoles(), u.isEnabled(), u.isLockedAt(now), u.getLastLoginAt(),
                u.getVersion());
    }
}
