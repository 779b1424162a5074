package org.unionworks.security.model;

public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
