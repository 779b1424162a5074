package org.unionworks.it.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.unionworks.registry.application.ProfessionalForm;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ResidentId;

/** People the registry tests register for themselves, with ID numbers no one else holds. */
public final class Registrations {

    private static final int BIRTH_DAYS = 3_650;

    private Registrations() {
    }

    /**
     * A valid ID number of someone born in the ten years from {@code fromYear}: the demo seed stays
     * within 1965–2003, so a decade before that is free. Random, because the test server's database
     * outlives a run and a counter would start over.
     */
    public static String freshResidentId(String division, int fromYear) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(BIRTH_DAYS));
        String first17 = division + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** A directly hired social worker with a phone number, at {@code homeUnit}. */
    public static ProfessionalForm newcomer(long homeUnit, String name, String residentId) {
        return new ProfessionalForm(null, 0, name, residentId, "13912345678", EducationLevel.fromCode("21"), "社会工作",
                true, null, ProfessionalCategory.SOCIAL_WORKER, EmploymentMode.DIRECT_HIRE, null, homeUnit,
                LocalDate.of(2020, 5, 1));
    }
}
