package org.unionworks.registry.model;

import java.time.LocalDate;

/**
 * One row of the professionals list, read straight from SQL (a constructor query: no entity
 * is loaded for a list page). Identity numbers appear masked only.
 */
public record ProfessionalListItem(long id, String fullName, String residentIdMasked, Gender gender,
                                   LocalDate birthDate, String phoneMasked, long orgUnitId, String orgUnitName,
                                   EmploymentMode employmentMode, String employerName, ServiceField serviceField,
                                   String postTitle, EducationLevel education, ProfessionalCategory category,
                                   ProfessionalStatus status, LocalDate joinedOn, LocalDate leftOn) {
}
