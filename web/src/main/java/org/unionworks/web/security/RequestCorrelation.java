package org.unionworks.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * One correlation id per HTTP request, minted by the server (never taken from the client),
 * shared by the audit trail, the logs and error responses.
 */
public final class RequestCorrelation {

    private static final String ATTRIBUTE = RequestCorrelation.class.getName();

    private RequestCorrelation() {
    }

    public static String idOf(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return id.toString();
    }
}
