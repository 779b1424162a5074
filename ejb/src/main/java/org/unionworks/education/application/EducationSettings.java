package org.unionworks.education.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.education.model.CycleCompliancePolicy;
import org.unionworks.education.model.ProvincialCreditTable;

/**
 * The provincial credit table for papers and coursework, from MicroProfile Config: {@code
 * unionworks.education.credit-province} (GB/T 2260 code) and {@code unionworks.education.credit-rules}
 * ({@code RULE=HOURS,...}); Jiangxi's published example by default. A malformed table stops the deployment
 * instead of crediting hours by a rule nobody wrote.
 */
@ApplicationScoped
public class EducationSettings {

    @Inject
    @ConfigProperty(name = "unionworks.education.credit-province", defaultValue = "360000")
    String creditProvince;

    @Inject
    @ConfigProperty(name = "unionworks.education.credit-rules", defaultValue = "CORE_JOURNAL_PAPER_3000=80")
    String creditRules;

    private CycleCompliancePolicy compliance;
    private ProvincialCreditTable credits;

    @PostConstruct
    void read() {
        credits = ProvincialCreditTable.parse(creditProvince, creditRules);
        compliance = new CycleCompliancePolicy(credits);
    }

    public CycleCompliancePolicy compliance() {
        return compliance;
    }

    public ProvincialCreditTable credits() {
        return credits;
    }
}
