package org.unionworks.organization.application;

import java.time.LocalDate;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnit;
import org.unionworks.organization.model.OrgUnitType;

/**
 * Read model of an org unit for pages, the API and filings: its values in force today, and the
 * period in which it exists ({@code validTo} set once it was merged or dissolved).
 */
public record OrgUnitView(long id, Long parentId, String parentName, OrgUnitType type, String name,
                          String divisionCode, int depth, Long coveredWorkers, long childCount, long version,
                          Long coveredEnterprises, LocalDate validFrom, LocalDate validTo) {

    /** The parent is named only when the caller may see it: the scope root's parent stays hidden. */
    public static OrgUnitView of(OrgUnit unit, long childCount, OrgScope scope) {
        OrgUnit parent = scope.contains(unit.getParent()) ? unit.getParent() : null;
        return new OrgUnitView(unit.getId(), parent == null ? null : parent.getId(),
                parent == null ? null : parent.getName(), unit.getType(), unit.getName(),
                unit.getDivisionCode().value(), unit.getDepth(), unit.getCoveredWorkers(), childCount,
                unit.getVersion(), unit.getCoveredEnterprises(), unit.getValidFrom(), unit.getValidTo());
    }

    public boolean hasChildren() {
        return childCount > 0;
    }

    /** Not merged or dissolved. */
    public boolean active() {
        return validTo == null;
    }
}
