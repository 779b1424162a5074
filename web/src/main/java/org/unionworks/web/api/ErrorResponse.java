package org.unionworks.web.api;

/** The body of every API error: a stable code, a readable message and the correlation id. No stack trace. */
public record ErrorResponse(String error, String message, String correlationId) {
}
