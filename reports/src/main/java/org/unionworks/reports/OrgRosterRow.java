package org.unionworks.reports;

/**
 * One line of the 组织机构名册 (organisation roster). Component names are the template's field
 * names, so renaming one breaks the report fill, not the compile: OrgRosterReportTest guards it.
 *
 * @param name           organisation name, e.g. 八一街道总工会
 * @param typeLabel      organisation type, already localised by the caller
 * @param divisionCode   administrative division code; a string so leading zeros survive
 * @param parentName     parent organisation's name, {@code null} for the top of the tree
 * @param coveredWorkers workers covered by the organisation, {@code null} when not reported
 */
public record OrgRosterRow(String name, String typeLabel, String divisionCode, String parentName,
                           Long coveredWorkers) {
}
