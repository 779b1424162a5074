package org.unionworks.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One person in the 专业人才名单 (professionals list) export. Component names are the template's
 * field names and, prefixed with {@code column.}, the keys of the column titles; labels arrive
 * already localised. ID and phone numbers are whatever the caller may export: masked by default.
 *
 * @param birthYear only the year, as on the portal list: a full birth date next to a masked ID
 *                  number would give back the digits the mask hides
 */
public record ProfessionalListRow(String fullName, String residentId, String gender, Integer birthYear,
                                  String phone, String orgUnitName, String postTitle, String serviceField,
                                  String employmentMode, String employerName, String education, String category,
                                  String status, LocalDate joinedOn, LocalDate leftOn) {

    /** The values in component order, for a spreadsheet row; nulls stay null. */
    public List<Object> cells() {
        return Arrays.asList(fullName, residentId, gender, birthYear, phone, orgUnitName, postTitle, serviceField,
                employmentMode, employerName, education, category, status, joinedOn, leftOn);
    }
}
