package org.unionworks.security.application;

/** Checks credentials, applies the lockout policy and audits every attempt. */
public interface AuthenticationService {

    AuthenticationResult authenticate(String username, char[] password);

    void recordLogout(String username, boolean expired);
}
