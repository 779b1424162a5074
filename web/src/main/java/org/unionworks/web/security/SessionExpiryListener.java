package org.unionworks.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.unionworks.security.application.AuthenticationService;

/**
 * Audits sessions that end by idle timeout. An explicit logout removes the identity before
 * invalidating, so only timeouts still carry it here.
 */
@WebListener
public class SessionExpiryListener implements HttpSessionListener {

    @Inject
    AuthenticationService authentication;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object identity = event.getSession().getAttribute(SignedInIdentity.SESSION_KEY);
        if (identity instanceof SignedInIdentity signedIn) {
            authentication.recordLogout(signedIn.username(), true);
        }
    }
}
