package org.unionworks.certification.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Objects;

/**
 * The date arithmetic of certificate registration (证书登记, 民发〔2009〕44号, DOMAIN §3): the first registration is
 * due within one year of passing, a registration is valid for three years, and it is renewed in the three months
 * before it expires. Every period is half-open: it starts on its first day and ends before its end day, so a
 * registration from 2024-06-01 is valid through 2027-05-31 and can be renewed from 2027-03-01 through 2027-05-31.
 *
 * <p>A year counted from 29 February ends with February (the certificate reads "2024-02-29 to 2027-02-28"), not a
 * day early: the end is 1 March. The periods are configuration; the defaults are the national rule.
 */
public record RegistrationRules(Period firstRegistrationWithin, Period validity, Period renewalWindow) {

    public static final RegistrationRules NATIONAL = new RegistrationRules(Period.ofYears(1), Period.ofYears(3),
            Period.ofMonths(3));

    public RegistrationRules {
        Objects.requireNonNull(firstRegistrationWithin, "firstRegistrationWithin");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(renewalWindow, "renewalWindow");
        if (firstRegistrationWithin.isNegative() || firstRegistrationWithin.isZero() || validity.isNegative()
                || validity.isZero() || renewalWindow.isNegative() || renewalWindow.isZero()) {
            throw new IllegalArgumentException("registration periods must be positive");
        }
    }

    /** The first day on which a first registration is late (exclusive end of the year after passing). */
    public LocalDate firstRegistrationDeadline(LocalDate passedOn) {
        return end(passedOn, firstRegistrationWithin);
    }

    /** The first day the registration no longer covers (exclusive end of its validity). */
    public LocalDate expiresOn(LocalDate registeredFrom) {
        return end(registeredFrom, validity);
    }

    /** The first day a renewal may be filed. */
    public LocalDate renewalOpensOn(LocalDate registeredFrom) {
        return expiresOn(registeredFrom).minus(renewalWindow);
    }

    /** Whether a renewal may be filed on {@code date}: inside the window, not after expiry. */
    public boolean inRenewalWindow(LocalDate registeredFrom, LocalDate date) {
        return !date.isBefore(renewalOpensOn(registeredFrom)) && date.isBefore(expiresOn(registeredFrom));
    }

    /** Whether the registration covers {@code date}. */
    public boolean covers(LocalDate registeredFrom, LocalDate date) {
        return !date.isBefore(registeredFrom) && date.isBefore(expiresOn(registeredFrom));
    }

    private static LocalDate end(LocalDate start, Period length) {
        LocalDate end = start.plus(length);
        // 29 February plus whole years lands on the 28th: the period runs through that 28th
        if (start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29 && end.getMonth() == Month.FEBRUARY
                && end.getDayOfMonth() == 28) {
            return end.plusDays(1);
        }
        return end;
    }
}
