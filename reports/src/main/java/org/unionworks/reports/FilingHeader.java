package org.unionworks.reports;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What every filing prints in its header, plus the language it is printed in.
 *
 * @param issuingOrg name of the organisation that files the report (填报单位)
 * @param filingDate date of the filing (填报日期)
 * @param locale     language of labels, dates and numbers; also picks the resource bundle
 */
public record FilingHeader(String issuingOrg, LocalDate filingDate, Locale locale) {

    public FilingHeader {
        Objects.requireNonNull(issuingOrg, "issuingOrg");
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(locale, "locale");
        if (issuingOrg.isBlank()) {
            throw new IllegalArgumentException("issuingOrg must not be blank");
        }
    }
}
