package org.unionworks.registry.model;

/** The seven service fields of guideline §3.2; a post serves exactly one. Labels: {@code serviceField.<NAME>} in the labels bundle. */
public enum ServiceField {
    ORGANISING_BARGAINING,
    LEGAL_AID_MEDIATION,
    LABOUR_PROTECTION,
    HARDSHIP_EMPLOYMENT,
    COUNSELLING,
    INTERNET_SERVICES,
    MIGRANT_TRAINING;

    public String labelKey() {
        return "serviceField." + name();
    }
}
