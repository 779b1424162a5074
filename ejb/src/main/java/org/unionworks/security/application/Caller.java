package org.unionworks.security.application;

import java.util.Set;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.model.Role;

/** The authenticated account behind a call, with the part of the tree it may see. */
public record Caller(long userId, String username, String displayName, long orgUnitId, String orgUnitName,
                     OrgScope scope, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isRoot() {
        return scope.rootPath().chars().filter(c -> c == '/').count() == 2;
    }
}
