package org.unionworks.organization.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.organization.model.OrgUnitChange;
import org.unionworks.organization.model.OrgUnitState;

/**
 * One period of an org unit's history: its name, division code and covered numbers from {@code validFrom} to
 * {@code validTo} (open: in force), or its end ({@link OrgUnitChange#isEnd()}) with the successor.
 */
public record OrgUnitStateView(LocalDate validFrom, LocalDate validTo, String name, String divisionCode, Long coveredWorkers,
                               Long coveredEnterprises, OrgUnitChange change, Long successorId, String successorName,
                               String recordedBy, OffsetDateTime recordedAt) {

    /** The successor is named only when the caller may see it. */
    static OrgUnitStateView of(OrgUnitState s, OrgScope scope) {
        var successor = scope.contains(s.getSuccessor()) ? s.getSuccessor() : null;
        return new OrgUnitStateView(s.getValidFrom(), s.getValidTo(), s.getName(),
                s.getDivisionCode() == null ? null : s.getDivisionCode().value(), s.getCoveredWorkers(),
                s.getCoveredEnterprises(), s.getChange(), successor == null ? null : successor.getId(),
                successor == null ? null : successor.getName(), s.getRecordedBy(), s.getRecordedAt());
    }

    /** The unit existed in this period (it was not its merger or dissolution). */
    public boolean existing() {
        return !change.isEnd();
    }
}
