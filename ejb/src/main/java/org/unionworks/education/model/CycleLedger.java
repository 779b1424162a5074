package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.List;
import org.unionworks.certification.model.CreditHours;

/**
 * A professional's continuing education in one registration cycle: what the level requires, what counted, what is
 * missing and by when, and why each other activity did not count.
 *
 * @param deadline the cycle's end (exclusive): the hours must be there before it
 */
public record CycleLedger(CreditHours required, CreditHours earned, CreditHours shortfall, LocalDate deadline,
                          List<Counted> counted, List<NotCounted> notCounted) {

    public CycleLedger {
        counted = List.copyOf(counted);
        notCounted = List.copyOf(notCounted);
    }

    public boolean compliant() {
        return earned.reaches(required);
    }

    /** An activity and the hours it counted for. */
    public record Counted(EducationActivity activity, CreditHours hours) {
    }

    /**
     * An activity that counted for nothing, with the reason's label key ({@code ledger.reason.*} in the labels
     * bundle).
     */
    public record NotCounted(EducationActivity activity, String reasonKey) {
    }
}
