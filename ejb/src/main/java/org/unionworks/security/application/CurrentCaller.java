package org.unionworks.security.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.security.model.AppUser;
import org.unionworks.security.model.UserRepository;

/**
 * The one place that decides what the current caller may see. Every scoped service asks it
 * for {@link #scope()}; no page, resource or query chooses its own scope.
 * Resolved per principal name (not once per request) because a request may switch identity
 * through {@code @RunAs}.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    Principal principal;

    @Inject
    UserRepository users;

    private final Map<String, Caller> resolved = new HashMap<>();

    public Caller get() {
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            throw new AccessDeniedException("no authenticated caller");
        }
        return resolved.computeIfAbsent(name, this::load);
    }

    public OrgScope scope() {
        return get().scope();
    }

    /** The caller's name for audit rows, or null when nobody is signed in. */
    public String nameOrNull() {
        String name = principal == null ? null : principal.getName();
        return name == null || "anonymous".equals(name) ? null : name;
    }

    private Caller load(String username) {
        AppUser user = users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("no enabled account " + username));
        var org = user.getOrgUnit();
        return new Caller(user.getId(), user.getUsername(), user.getDisplayName(), org.getId(), org.getName(),
                OrgScope.of(org.getPath()), user.getRoles());
    }
}
