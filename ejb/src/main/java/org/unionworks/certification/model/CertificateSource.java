package org.unionworks.certification.model;

/** Where a certificate record came from. Labels: {@code certificateSource.<NAME>}. */
public enum CertificateSource {
    /** Typed in by an official from the paper certificate. */
    ENTERED,
    /** From a certificate roster import. */
    IMPORTED,
    /** Checked against the issuing authority's register. */
    VERIFIED;

    public String labelKey() {
        return "certificateSource." + name();
    }
}
