package org.unionworks.registry.application;

import org.unionworks.imports.application.ImportColumn;

/**
 * The columns of the professionals roster template, in order. Titles: {@code roster.column.<NAME>}, hints for the
 * instructions sheet: {@code roster.hint.<NAME>}, both in the labels bundle. The header of an upload must match
 * the titles in the uploader's language column by column.
 */
public enum RosterColumn implements ImportColumn {
    FULL_NAME(true, false),
    RESIDENT_ID(true, true),
    PHONE(false, true),
    EDUCATION(true, false),
    MAJOR(false, false),
    SOCIAL_WORK_MAJOR(false, false),
    POLITICAL_STATUS(false, false),
    CATEGORY(true, false),
    EMPLOYMENT_MODE(true, false),
    EMPLOYER_CREDIT_CODE(false, true),
    ORG_UNIT(true, false),
    JOINED_ON(true, false),
    SERVICE_FIELD(false, false),
    POST_GRADE(false, false);

    private final boolean required;
    private final boolean text;

    RosterColumn(boolean required, boolean text) {
        this.required = required;
        this.text = text;
    }

    /** Every row must have a value here. */
    @Override
    public boolean required() {
        return required;
    }

    /** Digits that must stay text in Excel (no scientific notation, no lost leading zeros or final X). */
    @Override
    public boolean text() {
        return text;
    }

    @Override
    public String keyPrefix() {
        return "roster";
    }
}
