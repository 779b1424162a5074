package org.unionworks.reports;

import java.time.LocalDate;

/**
 * One professional in the 评聘衔接不一致名单 (title-linkage mismatch list), under the mismatch that puts them there.
 * Rows must arrive grouped by {@code mismatch}: the filing starts a section with its own heading and count at each
 * change.
 */
public record TitleMismatchRow(String mismatch, String fullName, String residentId, String orgUnitName, String level,
                               String eligibleTitle, String titleLevel, LocalDate appointedOn,
                               LocalDate appointmentEnds) {
}
