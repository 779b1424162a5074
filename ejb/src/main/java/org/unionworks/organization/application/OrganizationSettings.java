package org.unionworks.organization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.unionworks.organization.model.StaffingNormPolicy;

/**
 * Organisation rules as configuration (DOMAIN §2: "keep the formula as configuration"), e.g.
 * {@code UNIONWORKS_STAFFING_THRESHOLD_WORKERS}; the defaults are the 2016 guideline's numbers.
 */
@ApplicationScoped
public class OrganizationSettings {

    @Inject
    @ConfigProperty(name = "unionworks.staffing.threshold-workers", defaultValue = "2000")
    long thresholdWorkers;

    @Inject
    @ConfigProperty(name = "unionworks.staffing.workers-per-professional", defaultValue = "3000")
    long workersPerProfessional;

    @Produces
    @Singleton
    StaffingNormPolicy staffingNorm() {
        return new StaffingNormPolicy(thresholdWorkers, workersPerProfessional);
    }
}
