package org.unionworks.security.application;

import java.util.Set;

/**
 * The outcome of a login attempt. A failure never says why: unknown name, wrong password,
 * locked and disabled accounts all look the same to the person at the login page.
 */
public record AuthenticationResult(boolean valid, String username, Set<String> roles) {

    public static final AuthenticationResult INVALID = new AuthenticationResult(false, null, Set.of());

    public AuthenticationResult {
        roles = Set.copyOf(roles);
    }
}
