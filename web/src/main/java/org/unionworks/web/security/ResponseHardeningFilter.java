package org.unionworks.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.unionworks.shared.application.RequestMetadata;

/** Security headers on every response and the request's correlation id for logs and audit. */
@WebFilter(urlPatterns = "/*")
public class ResponseHardeningFilter extends HttpFilter {

    @Inject
    RequestMetadata metadata;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String correlationId = RequestCorrelation.idOf(request);
        metadata.describe(request.getRemoteAddr(), correlationId);
        response.setHeader("X-Correlation-Id", correlationId);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
