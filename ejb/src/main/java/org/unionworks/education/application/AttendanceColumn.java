package org.unionworks.education.application;

import org.unionworks.imports.application.ImportColumn;

/** The columns of a provider's attendance sheet, in order (texts under {@code attendanceImport} in the labels). */
public enum AttendanceColumn implements ImportColumn {
    FULL_NAME(true, false),
    RESIDENT_ID(true, true),
    COURSE(true, false),
    HOURS(true, false),
    PASSED(true, false);

    private final boolean required;
    private final boolean text;

    AttendanceColumn(boolean required, boolean text) {
        this.required = required;
        this.text = text;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean text() {
        return text;
    }

    @Override
    public String keyPrefix() {
        return "attendanceImport";
    }
}
