package org.unionworks.web.security;

import java.io.Serializable;
import java.util.Set;

/** What the portal session remembers about who signed in; roles as of the login. */
record SignedInIdentity(String username, Set<String> roles) implements Serializable {

    static final String SESSION_KEY = SignedInIdentity.class.getName();

    SignedInIdentity {
        roles = Set.copyOf(roles);
    }
}
