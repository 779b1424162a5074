package org.unionworks.reports;

import java.math.BigDecimal;

/**
 * One organisation unit in the 继续教育学时达标情况 filing (continuing-education compliance). Counts are numbers, so
 * the spreadsheet sums and sorts them; the rate is in per cent and null when nobody is in a cycle.
 */
public record ComplianceRow(String orgUnitName, String divisionCode, Long inCycle, Long compliant, Long shortOfHours,
                            Long shortDueSoon, BigDecimal shortfallHours, BigDecimal ratePercent) {
}
