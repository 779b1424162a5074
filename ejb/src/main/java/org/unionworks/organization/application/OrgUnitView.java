package org.unionworks.organization.application;

import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;

/** Read model of an org unit for pages, the API and filings. */
public record OrgUnitView(long id, Long parentId, String parentName, OrgUnitType type, String name,
                          String divisionCode, int depth, Long coveredWorkers, long childCount, long version) {

    public static OrgUnitView of(OrgUnit unit, long childCount) {
        OrgUnit parent = unit.getParent();
        return new OrgUnitView(unit.getId(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), unit.getType(), unit.getName(),
                unit.getDivisionCode().value(), unit.getDepth(), unit.getCoveredWorkers(), childCount,
                unit.getVersion());
    }

    public boolean hasChildren() {
        return childCount > 0;
    }
}
