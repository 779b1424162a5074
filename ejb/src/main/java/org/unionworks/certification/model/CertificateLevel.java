package org.unionworks.certification.model;

/**
 * The three levels of the national social worker vocational qualification (社会工作者职业水平, 国人部发〔2006〕71号,
 * 人社部规〔2018〕2号), lowest first, with the continuing education a registration cycle requires of each
 * (民发〔2009〕123号: 72 hours for an assistant social worker, 90 for the others; DOMAIN §3–4). Labels:
 * {@code certificateLevel.<NAME>} in the labels bundle.
 */
public enum CertificateLevel {
    ASSISTANT(CreditHours.of(72)),
    SOCIAL_WORKER(CreditHours.of(90)),
    SENIOR(CreditHours.of(90));

    private final CreditHours hoursPerCycle;

    CertificateLevel(CreditHours hoursPerCycle) {
        this.hoursPerCycle = hoursPerCycle;
    }

    /** Continuing education one three-year registration cycle requires. */
    public CreditHours hoursPerCycle() {
        return hoursPerCycle;
    }

    public boolean isAbove(CertificateLevel other) {
        return compareTo(other) > 0;
    }

    public String labelKey() {
        return "certificateLevel." + name();
    }
}
