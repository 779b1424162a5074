package org.unionworks.registry.model;

import java.util.Objects;
import org.unionworks.shared.model.DomainException;

/**
 * Exactly one employment mode; purchased-service staff name the active social organisation
 * that employs them, and nobody else names one (guideline §3.1).
 */
public record Employment(EmploymentMode mode, SocialOrganization employer) {

    public Employment {
        if (mode == null) {
            throw new DomainException("registry.employment.modeRequired", "employment mode required");
        }
        if (mode.requiresEmployer() && employer == null) {
            throw new DomainException("registry.employment.employerRequired", "purchased service needs an employer");
        }
        if (!mode.requiresEmployer() && employer != null) {
            throw new DomainException("registry.employment.employerNotAllowed", mode + " has no employing organisation");
        }
    }

    public static Employment of(EmploymentMode mode, SocialOrganization employer) {
        return new Employment(mode, employer);
    }

    /** For a new hire or a change: the employing organisation must still be registered and active. */
    Employment requireActiveEmployer() {
        if (employer != null && !employer.mayEmploy()) {
            throw new DomainException("registry.employment.employerInactive", "employer is not active",
                    employer.getName());
        }
        return this;
    }

    boolean sameAs(Employment other) {
        return other != null && mode == other.mode && Objects.equals(employerId(), other.employerId());
    }

    Long employerId() {
        return employer == null ? null : employer.getId();
    }
}
