package org.unionworks.organization.application;

import java.util.Map;
import org.unionworks.organization.model.OrgUnitType;

/** Dashboard figures of the caller's scope. */
public record ScopeSummary(String rootName, long totalUnits, Map<OrgUnitType, Long> unitsByType,
                           long coveredWorkers) {

    public ScopeSummary {
        unitsByType = Map.copyOf(unitsByType);
    }
}
