package org.unionworks.organization.application;

import java.util.List;

/** An org unit as its edit form and history list show it: today's values and every state, oldest first. */
public record OrgUnitDetails(OrgUnitView unit, List<OrgUnitStateView> history) {

    public OrgUnitDetails {
        history = List.copyOf(history);
    }
}
