package org.unionworks.security.application;

/**
 * How credentials arrived. A portal login starts a session and is audited as a login; the API
 * authenticates every request, so a success there only clears earlier failures instead of
 * writing the account (and an audit row) on each call.
 */
public enum LoginChannel {
    PORTAL,
    API
}
