package org.unionworks.education.model;

/**
 * Kinds of continuing education a professional is credited with (民发〔2009〕123号, 人社部令第25号, DOMAIN §4).
 * Labels: {@code activityKind.<NAME>} in the labels bundle.
 */
public enum ActivityKind {
    /** A course with a pass record: counts its actual hours. */
    TRAINING,
    /** A social-work degree or diploma: counts once, as a fixed number of hours. */
    DEGREE,
    /** A published paper: credited by the provincial table. */
    PAPER,
    /** Graded coursework: credited by the provincial table. */
    COURSEWORK;

    public String labelKey() {
        return "activityKind." + name();
    }
}
