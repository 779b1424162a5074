package org.unionworks.registry.model;

/**
 * How a professional is employed (guideline §3.1): every record has exactly one. Purchased
 * service staff are employed by a social organisation, which must then be named.
 * Labels: {@code employmentMode.<NAME>}.
 */
public enum EmploymentMode {
    DIRECT_HIRE,
    PURCHASED_SERVICE,
    UNION_STAFF;

    public boolean requiresEmployer() {
        return this == PURCHASED_SERVICE;
    }

    public String labelKey() {
        return "employmentMode." + name();
    }
}
