package org.unionworks.security.model;

/**
 * Why someone needs a full ID or phone number (PIPL: purpose limitation). Chosen from a list
 * so the audit trail states purposes without free text that could itself hold personal data.
 * Labels: {@code revealReason.<NAME>}.
 */
public enum RevealReason {
    IDENTITY_VERIFICATION,
    CERTIFICATION_FILING,
    SOCIAL_INSURANCE_PAYROLL,
    CONTACT_PERSON,
    DATA_CORRECTION;

    public String labelKey() {
        return "revealReason." + name();
    }
}
