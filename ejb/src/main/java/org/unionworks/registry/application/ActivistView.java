package org.unionworks.registry.application;

import java.time.LocalDate;
import org.unionworks.registry.model.Activist;
import org.unionworks.registry.model.ActivistKind;
import org.unionworks.registry.model.ActivistStatus;

/** A pool member as pages show them: numbers masked, the unit by name, the professional's id once promoted. */
public record ActivistView(long id, long version, ActivistKind kind, String fullName, String residentIdMasked,
                           String phoneMasked, long orgUnitId, String orgUnitName, String skills,
                           LocalDate registeredOn, ActivistStatus status, Long professionalId) {

    static ActivistView of(Activist a) {
        return new ActivistView(a.getId(), a.getVersion(), a.getKind(), a.getFullName(), a.getResidentIdMasked(),
                a.getPhoneMasked(), a.getOrgUnit().getId(), a.getOrgUnit().getName(), a.getSkills(),
                a.getRegisteredOn(), a.getStatus(), a.getPromotedTo() == null ? null : a.getPromotedTo().getId());
    }

    public boolean promotable() {
        return status == ActivistStatus.ACTIVE && residentIdMasked != null;
    }
}
