package org.unionworks.certification.model;

/** Whether a certificate counts. Labels: {@code certificateStatus.<NAME>}. */
public enum CertificateStatus {
    VALID,
    /** Withdrawn by the issuing authority; kept for history, never counted. */
    REVOKED;

    public String labelKey() {
        return "certificateStatus." + name();
    }
}
