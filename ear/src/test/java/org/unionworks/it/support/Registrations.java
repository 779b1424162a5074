package org.unionworks.it.support;

import java.time.LocalDate;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;

/** People the registry tests register for themselves (ID numbers from {@link ResidentIds}). */
public final class Registrations {

    private Registrations() {
    }

    /** A directly hired social worker with a phone number, at {@code homeUnit}. */
    public static ProfessionalForm newcomer(long homeUnit, String name, String residentId) {
        return new ProfessionalForm(null, 0, name, residentId, "13912345678", EducationLevel.fromCode("21"), "社会工作",
                true, null, ProfessionalCategory.SOCIAL_WORKER, EmploymentMode.DIRECT_HIRE, null, homeUnit,
                LocalDate.of(2020, 5, 1));
    }
}
