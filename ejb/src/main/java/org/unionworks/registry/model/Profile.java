package org.unionworks.registry.model;

/**
 * The descriptive part of a professional's record: what a clerk types on the form or an
 * import row carries, apart from the identity numbers and the employment.
 */
public record Profile(String fullName, EducationLevel education, String major, boolean socialWorkMajor,
                      PoliticalStatus politicalStatus, ProfessionalCategory category) {
}
