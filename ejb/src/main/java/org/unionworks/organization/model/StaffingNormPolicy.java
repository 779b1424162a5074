package org.unionworks.organization.model;

/**
 * The staffing norm of guideline §4 for street, township, development-zone and industrial-park
 * unions: up to {@code threshold} covered workers one professional, above it one per
 * {@code workersPerProfessional} (rounded up). 2,000 exactly counts as the first case. The
 * numbers are configuration (OrganizationSettings; the guideline's 2,000 and 3,000 by default).
 */
public record StaffingNormPolicy(long threshold, long workersPerProfessional) {

    public StaffingNormPolicy {
        if (threshold < 0 || workersPerProfessional < 1) {
            throw new IllegalArgumentException("threshold >= 0 and workersPerProfessional >= 1 required");
        }
    }

    /** Professionals a unit of this type and size should have; 0 where the guideline sets no number. */
    public long quota(OrgUnitType type, Long coveredWorkers) {
        if (!type.isGrassrootsHub() || coveredWorkers == null || coveredWorkers <= 0) {
            return 0;
        }
        return coveredWorkers <= threshold ? 1 : (coveredWorkers + workersPerProfessional - 1) / workersPerProfessional;
    }
}
