package org.unionworks.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.unionworks.security.application.ApiClientService;
import org.unionworks.security.application.AuthenticationResult;
import org.unionworks.security.application.AuthenticationService;
import org.unionworks.security.application.LoginChannel;
import org.unionworks.shared.application.RequestMetadata;
import org.unionworks.web.api.ApiLanguage;
import org.unionworks.web.shell.Messages;

/**
 * How callers prove who they are. Portal pages: a login form (the {@code LoginView} calls
 * {@code SecurityContext.authenticate}), then the session remembers the caller until logout
 * or 15 minutes idle; a new session id is issued at login. API: HTTP Basic (accounts) or a bearer
 * token (labour departments' API clients) on every request, no session. Unauthenticated requests to protected pages go to the login page, to the API
 * get a JSON 401. A session re-reads the account's roles on each request, so role changes,
 * disabling and locking take effect at once.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String EXPIRED_PAGE = "/expired.xhtml";
    static final String BEARER = "Bearer ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RequestMetadata metadata;

    @Inject
    AuthenticationService authentication;

    @Inject
    ApiClientService apiClients;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        metadata.describe(request.getRemoteAddr(), RequestCorrelation.idOf(request));
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return formLogin(request, context, credential);
        }
        if (isApi(request)) {
            return apiRequest(request, response, context);
        }
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(SignedInIdentity.SESSION_KEY);
        if (remembered instanceof SignedInIdentity identity) {
            // roles as they are now, not as they were at login: a revoked role or a lock ends access at once
            Optional<Set<String>> roles = authentication.currentRoles(identity.username());
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(identity.username(), roles.get());
            }
            session.invalidate();
            return redirect(request, response, context, LOGIN_PAGE);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return redirect(request, response, context, expired ? EXPIRED_PAGE : LOGIN_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInIdentity.SESSION_KEY);
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
        }
        // session fixation: whatever session existed before login is not the one after it
        HttpSession old = request.getSession(false);
        if (old != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedInIdentity.SESSION_KEY,
                new SignedInIdentity(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus apiRequest(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            AuthenticationResult result = apiClients.authenticate(header.substring(BEARER.length()).strip());
            return result.valid() ? context.notifyContainerAboutLogin(result.username(), result.roles())
                    : unauthorized(request, response);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(header.substring(6).trim());
            if (credential != null) {
                AuthenticationResult result = authentication.authenticate(credential.getCaller(),
                        credential.getPassword().getValue(), LoginChannel.API);
                if (result.valid()) {
                    return context.notifyContainerAboutLogin(result.username(), result.roles());
                }
            }
            return unauthorized(request, response);
        }
        return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.addHeader("WWW-Authenticate", "Basic realm=\"UnionWorks API\", charset=\"UTF-8\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"UnionWorks API\"");
            response.setContentType("application/json;charset=UTF-8");
            // the client's language only where it names one (the container's default locale otherwise)
            List<Locale> acceptable = request.getHeader("Accept-Language") == null ? List.of()
                    : Collections.list(request.getLocales());
            response.getWriter().write(Json.createObjectBuilder().add("error", "unauthorized")
                    .add("message", Messages.text(ApiLanguage.of(acceptable), "api.error.unauthorized"))
                    .add("correlationId", RequestCorrelation.idOf(request)).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; the status alone tells the story
        }
        // SEND_CONTINUE: the response is complete as written (SEND_FAILURE would replace it with an HTML error page)
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context, String page) {
        String target = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a JSF Ajax request cannot follow an HTTP redirect; tell the page to navigate instead
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + target + "\"></redirect></partial-response>");
            } catch (IOException e) {
                // nothing to add
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(target);
    }

    private static boolean isApi(HttpServletRequest request) {
        // the servlet path is decoded and normalised, unlike the raw URI (/%61pi/ is /api/ too)
        return (request.getServletPath() + "/").startsWith(API_PREFIX);
    }
}
