package org.unionworks.shared.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Where the current request came from and its correlation id. The web tier fills it from
 * the HTTP request; calls without one (startup, timers) get a fresh correlation id.
 */
@RequestScoped
public class RequestMetadata {

    private String clientIp;
    private String correlationId;

    public String clientIp() {
        return clientIp;
    }

    public String correlationId() {
        if (correlationId == null) {
            correlationId = UUID.randomUUID().toString();
        }
        return correlationId;
    }

    public void describe(String remoteAddress, String requestCorrelationId) {
        this.clientIp = remoteAddress;
        this.correlationId = requestCorrelationId;
    }
}
