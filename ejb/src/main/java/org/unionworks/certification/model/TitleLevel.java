package org.unionworks.certification.model;

/**
 * Levels of professional-technical posts (专业技术职务) an employer appoints to, lowest first. Labels:
 * {@code titleLevel.<NAME>} in the labels bundle.
 */
public enum TitleLevel {
    /** 员级 */
    TECHNICIAN,
    /** 助理级 */
    ASSISTANT,
    /** 中级 */
    INTERMEDIATE,
    /** 副高级 */
    ASSOCIATE_SENIOR,
    /** 正高级 */
    SENIOR;

    public boolean isAbove(TitleLevel other) {
        return compareTo(other) > 0;
    }

    public String labelKey() {
        return "titleLevel." + name();
    }
}
