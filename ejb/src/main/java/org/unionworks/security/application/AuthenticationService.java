package org.unionworks.security.application;

/** Checks credentials, applies the lockout policy and audits every attempt. */
public interface AuthenticationService {

    AuthenticationResult authenticate(String username, char[] password, LoginChannel channel);

    /**
     * The roles the account holds now, or empty when it no longer exists, is disabled or locked:
     * a session re-checks this on every request so that role changes and lockouts take effect at once.
     */
    java.util.Optional<java.util.Set<String>> currentRoles(String username);

    void recordLogout(String username, boolean expired);
}
