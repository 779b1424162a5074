package org.unionworks.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.unionworks.security.application.AccessDeniedException;
import org.unionworks.security.application.AuditTrail;
import org.unionworks.security.model.AuditAction;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.AuditOutcome;
import org.unionworks.shared.application.RequestMetadata;
import org.unionworks.shared.model.ConcurrentEditException;
import org.unionworks.shared.model.DomainException;
import org.unionworks.shared.model.NotFoundException;
import org.unionworks.web.shell.Messages;

/** Turns every failure into a JSON {@link ErrorResponse}; details go to the log under the correlation id. */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Inject
    RequestMetadata metadata;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        String id = metadata.correlationId();
        if (e instanceof NotFoundException || e instanceof jakarta.ws.rs.NotFoundException) {
            return respond(Response.Status.NOT_FOUND, "not_found", text("api.error.notFound"), id);
        }
        if (e instanceof EJBAccessException || e instanceof ForbiddenException) {
            // role refusals happen before any service runs, so they are audited here
            audit.recordIndependently(AuditAction.ACCESS_DENIED, "Api", uri.getPath(), AuditOutcome.DENIED,
                    AuditDetail.of("roleRefused"));
            return respond(Response.Status.FORBIDDEN, "forbidden", text("api.error.forbidden"), id);
        }
        if (e instanceof AccessDeniedException) {
            // a refusal inside a service, which the service layer audits: AuditFailures at its boundary, or the
            // service itself with what was asked (a jurisdiction); recording it here again made two rows of one
            return respond(Response.Status.FORBIDDEN, "forbidden", text("api.error.forbidden"), id);
        }
        if (e instanceof NotAuthorizedException) {
            return respond(Response.Status.UNAUTHORIZED, "unauthorized", text("api.error.unauthorized"), id);
        }
        if (e instanceof ConcurrentEditException) {
            return respond(Response.Status.CONFLICT, "conflict", e.getMessage(), id);
        }
        if (e instanceof DomainException d) {
            return respond(Response.Status.BAD_REQUEST, d.messageKey(), text(d), id);
        }
        if (e instanceof IllegalArgumentException) {
            return respond(Response.Status.BAD_REQUEST, "bad_request", e.getMessage(), id);
        }
        if (e instanceof ConstraintViolationException cve) {
            return respond(Response.Status.BAD_REQUEST, "invalid", cve.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).findFirst().orElse("invalid request"), id);
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            int status = wae.getResponse().getStatus();
            return respond(Response.Status.fromStatusCode(status), "http_" + status, text("api.error.http", status),
                    id);
        }
        LOG.log(Level.SEVERE, "API failure, correlation id " + id, thrown);
        return respond(Response.Status.INTERNAL_SERVER_ERROR, "internal_error", text("api.error.internal"), id);
    }

    /** A fixed message in the caller's language (Chinese unless they ask for English). */
    private String text(String key, Object... arguments) {
        return Messages.text(ApiLanguage.of(headers), key, arguments);
    }

    /** The rule's text in the caller's language, as the portal shows it; the developer message if it has none. */
    private String text(DomainException e) {
        String text = Messages.text(ApiLanguage.of(headers), e.messageKey(), e.arguments());
        return text.equals(e.messageKey()) ? e.getMessage() : text;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while (e instanceof EJBException && !(e instanceof EJBAccessException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    private static Response respond(Response.Status status, String code, String message, String id) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Correlation-Id", id)
                .entity(new ErrorResponse(code, message, id)).build();
    }
}
