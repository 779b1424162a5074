package org.unionworks.registry.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.unionworks.shared.model.DomainException;

/**
 * Optional filters of the professionals list; null or blank means "any". {@code asOf} turns
 * the list into the registry as it stood on that date: who held a post, where, with which
 * employment mode and service field.
 */
public record ProfessionalFilter(String nameStartsWith, String idLastFour, Long orgUnitId,
                                 EmploymentMode employmentMode, ProfessionalStatus status,
                                 EducationLevel educationCategory, ServiceField serviceField,
                                 ProfessionalCategory category, LocalDate asOf) {

    public static final ProfessionalFilter NONE = new ProfessionalFilter(null, null, null, null, null, null, null,
            null, null);

    private static final Pattern LAST_FOUR = Pattern.compile("\\d{3}[\\dX]");

    public ProfessionalFilter {
        nameStartsWith = blankToNull(nameStartsWith);
        idLastFour = blankToNull(idLastFour);
        if (idLastFour != null) {
            idLastFour = idLastFour.toUpperCase(Locale.ROOT);
            if (!LAST_FOUR.matcher(idLastFour).matches()) {
                throw new DomainException("registry.filter.lastFour.invalid", "last four must be 3 digits + digit or X");
            }
        }
        if (nameStartsWith != null && nameStartsWith.length() > 50) {
            throw new DomainException("registry.filter.name.tooLong", "name filter too long");
        }
        if (educationCategory != null) {
            educationCategory = educationCategory.category();
        }
        if (asOf != null && asOf.isAfter(LocalDate.now())) {
            throw new DomainException("registry.filter.asOf.future", "as-of date in the future");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
