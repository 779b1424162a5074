package org.unionworks.organization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.organization.model.StaffingNormPolicy;

/**
 * Organisation rules as configuration (DOMAIN §2: "keep the formula as configuration"), e.g.
 * {@code UNIONWORKS_STAFFING_THRESHOLD_WORKERS}; the defaults are the 2016 guideline's numbers.
 * The GB/T 2260 edition in force is configuration too: a new edition is loaded, then switched to.
 */
@ApplicationScoped
public class OrganizationSettings {

    @Inject
    @ConfigProperty(name = "unionworks.staffing.threshold-workers", defaultValue = "2000")
    long thresholdWorkers;

    @Inject
    @ConfigProperty(name = "unionworks.staffing.workers-per-professional", defaultValue = "3000")
    long workersPerProfessional;

    @Inject
    @ConfigProperty(name = "unionworks.divisions.edition", defaultValue = "2023")
    String divisionEdition;

    @Inject
    @ConfigProperty(name = "unionworks.divisions.file")
    Optional<String> divisionFile;

    /** The GB/T 2260 edition unit forms check division codes against. */
    public String divisionEdition() {
        return divisionEdition;
    }

    /** A UTF-8 text file with the full official list of {@link #divisionEdition()}, loaded at start-up if set. */
    public Optional<String> divisionFile() {
        return divisionFile.filter(f -> !f.isBlank());
    }

    @Produces
    @Singleton
    StaffingNormPolicy staffingNorm() {
        return new StaffingNormPolicy(thresholdWorkers, workersPerProfessional);
    }
}
