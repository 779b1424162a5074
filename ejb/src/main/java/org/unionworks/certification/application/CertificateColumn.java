package org.unionworks.certification.application;

import org.unionworks.imports.application.ImportColumn;

/**
 * The columns of the certificate import template, in order. Titles {@code certificateImport.column.<NAME>} and
 * hints {@code certificateImport.hint.<NAME>} in the labels bundle.
 */
public enum CertificateColumn implements ImportColumn {
    FULL_NAME(false),
    RESIDENT_ID(true),
    LEVEL(false),
    NUMBER(true),
    EXAM_YEAR(false),
    ISSUED_ON(false),
    ISSUING_AUTHORITY(false);

    private final boolean text;

    CertificateColumn(boolean text) {
        this.text = text;
    }

    /** Every column is needed: a certificate is recorded whole or not at all. */
    @Override
    public boolean required() {
        return true;
    }

    @Override
    public boolean text() {
        return text;
    }

    @Override
    public String keyPrefix() {
        return "certificateImport";
    }
}
