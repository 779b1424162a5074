package org.unionworks.education.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CreditHours;

/**
 * How continuing education counts toward a registration cycle (民发〔2009〕123号, DOMAIN §4): a passed training
 * counts its actual hours; a social-work degree or diploma counts once in a professional's life, as
 * {@link #DEGREE_HOURS}, in the cycle it was awarded; papers and coursework count what the provincial table gives
 * their rule. Only activities completed within the cycle count. The required hours come from the certificate level
 * (72 or 90).
 *
 * <p>The province-wide compliance figures compute the same rule in SQL aggregates; the integration tests hold the two
 * to the same answer.
 */
public final class CycleCompliancePolicy {

    public static final CreditHours DEGREE_HOURS = CreditHours.of(90);

    private final ProvincialCreditTable credits;

    public CycleCompliancePolicy(ProvincialCreditTable credits) {
        this.credits = Objects.requireNonNull(credits, "credits");
    }

    /**
     * @param level      the certificate level the cycle registers
     * @param cycleFrom  the cycle's first day
     * @param cycleUntil the cycle's end (exclusive)
     * @param lifetime   every activity of the professional, of any date: the degree counts only once in a life
     */
    public CycleLedger ledger(CertificateLevel level, LocalDate cycleFrom, LocalDate cycleUntil,
                              List<EducationActivity> lifetime) {
        Optional<EducationActivity> firstDegree = lifetime.stream().filter(a -> a.kind() == ActivityKind.DEGREE)
                .min(Comparator.comparing(EducationActivity::completedOn).thenComparingLong(EducationActivity::id));
        CreditHours earned = CreditHours.ZERO;
        List<CycleLedger.Counted> counted = new ArrayList<>();
        List<CycleLedger.NotCounted> notCounted = new ArrayList<>();
        for (EducationActivity a : lifetime.stream().sorted(Comparator.comparing(EducationActivity::completedOn)
                .thenComparingLong(EducationActivity::id)).toList()) {
            if (a.completedOn().isBefore(cycleFrom) || !a.completedOn().isBefore(cycleUntil)) {
                continue;
            }
            Optional<CreditHours> hours = switch (a.kind()) {
                case TRAINING -> a.passed() ? Optional.of(a.hours()) : Optional.empty();
                case DEGREE -> firstDegree.filter(first -> first.id() == a.id()).map(first -> DEGREE_HOURS);
                case PAPER, COURSEWORK -> credits.hoursFor(a.creditRule());
            };
            if (hours.isPresent()) {
                earned = earned.plus(hours.get());
                counted.add(new CycleLedger.Counted(a, hours.get()));
            } else {
                notCounted.add(new CycleLedger.NotCounted(a, reason(a)));
            }
        }
        CreditHours required = level.hoursPerCycle();
        return new CycleLedger(required, earned, earned.shortOf(required), cycleUntil, counted, notCounted);
    }

    private static String reason(EducationActivity a) {
        return switch (a.kind()) {
            case TRAINING -> "ledger.reason.notPassed";
            case DEGREE -> "ledger.reason.degreeCountedBefore";
            case PAPER, COURSEWORK -> "ledger.reason.noCreditRule";
        };
    }
}
