package org.unionworks.web.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.unionworks.certification.model.CertificateLevel;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.RegistrationStatus;

/** The certification report's filters as query parameters, mirroring {@link CertificationReportFilter}. */
public class CertificationQuery {

    @QueryParam("division")
    @Parameter(description = "GB/T 2260 division code: that division and everything under it; for an API client it"
            + " must lie within the jurisdiction (403 otherwise)")
    String division;

    @QueryParam("level")
    @Parameter(description = "Highest valid certificate: ASSISTANT, SOCIAL_WORKER or SENIOR")
    String level;

    @QueryParam("registrationStatus")
    @Parameter(description = "Status of the latest registration: NOT_APPLIED, PENDING, FIRST_REVIEW_PASSED,"
            + " FIRST_REVIEW_FAILED, FINAL_REVIEW_PASSED, FINAL_REVIEW_FAILED, COMPLETED or ISSUED")
    String registrationStatus;

    @QueryParam("changedSince")
    @Parameter(description = "Rows whose standing changed at or after this time: ISO 8601 with offset, or a date"
            + " (its start, China time)")
    String changedSince;

    /** @throws InvalidParameterException answered with 400 */
    CertificationReportFilter toFilter() {
        return new CertificationReportFilter(QueryParams.division("division", division),
                QueryParams.constant("level", level, CertificateLevel.class),
                QueryParams.constant("registrationStatus", registrationStatus, RegistrationStatus.class),
                QueryParams.instant("changedSince", changedSince));
    }
}
