package org.unionworks.education.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.education.model.CycleLedger;
import org.unionworks.education.model.EducationRecord;
import org.unionworks.education.model.EducationRepository;
import org.unionworks.registry.model.Professional;

/**
 * One professional's ledger for one cycle, from every record they have, by the configured
 * {@link org.unionworks.education.model.CycleCompliancePolicy}. The renewal gate and the profile page read the same
 * ledger, so the page says exactly why a renewal is held.
 */
@ApplicationScoped
public class CycleLedgers {

    @Inject
    EducationRepository records;

    @Inject
    EducationSettings settings;

    /** @param cycleUntil the cycle's end, exclusive */
    public LedgerView ledger(Professional professional, CertificateLevel level, LocalDate cycleFrom,
                             LocalDate cycleUntil) {
        List<EducationRecord> all = records.recordsOf(professional);
        Map<Long, EducationRecord> byId = all.stream().collect(Collectors.toMap(EducationRecord::getId,
                Function.identity()));
        CycleLedger ledger = settings.compliance().ledger(level, cycleFrom, cycleUntil,
                all.stream().map(EducationRecord::toActivity).toList());
        return new LedgerView(level, cycleFrom, cycleUntil, ledger.required().value(), ledger.earned().value(),
                ledger.shortfall().value(),
                ledger.counted().stream().map(c -> line(byId.get(c.activity().id()), c.hours().value(), null))
                        .toList(),
                ledger.notCounted().stream().map(n -> line(byId.get(n.activity().id()), null, n.reasonKey()))
                        .toList());
    }

    private static LedgerView.Line line(EducationRecord r, java.math.BigDecimal hours, String reasonKey) {
        return new LedgerView.Line(r.getId(), r.getTitle(), r.getCompletedOn(), hours, reasonKey);
    }
}
