package org.unionworks.web.api;

import jakarta.ws.rs.QueryParam;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.unionworks.registry.model.EducationLevel;
import org.unionworks.registry.model.EmploymentMode;
import org.unionworks.registry.model.ProfessionalCategory;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.registry.model.ProfessionalStatus;
import org.unionworks.registry.model.ServiceField;

/** The professionals list's filters as query parameters, mirroring {@link ProfessionalFilter}. */
public class ProfessionalQuery {

    private static final Pattern EDUCATION_CODE = Pattern.compile("\\d{2}");

    @QueryParam("name")
    @Parameter(description = "Name starts with")
    String name;

    @QueryParam("lastFour")
    @Parameter(description = "Last four characters of the ID number")
    String lastFour;

    @QueryParam("orgUnit")
    @Parameter(description = "Id of an org unit in scope: its subtree only")
    String orgUnit;

    @QueryParam("employmentMode")
    @Parameter(description = "DIRECT_HIRE, PURCHASED_SERVICE or UNION_STAFF")
    String employmentMode;

    @QueryParam("status")
    @Parameter(description = "ACTIVE or LEFT")
    String status;

    @QueryParam("education")
    @Parameter(description = "Education category: a GB/T 4658 code (20) or its name (UNDERGRADUATE)")
    String education;

    @QueryParam("serviceField")
    @Parameter(description = "Service field of the current post")
    String serviceField;

    @QueryParam("category")
    @Parameter(description = "SOCIAL_WORKER, SOCIALISED_UNION_WORKER or BARGAINING_INSTRUCTOR")
    String category;

    @QueryParam("asOf")
    @Parameter(description = "The registry as it stood on this date (yyyy-MM-dd)")
    String asOf;

    /** @throws InvalidParameterException or the filter's own DomainException, both answered with 400 */
    ProfessionalFilter toFilter() {
        return new ProfessionalFilter(QueryParams.text(name), QueryParams.text(lastFour),
                QueryParams.id("orgUnit", orgUnit), QueryParams.constant("employmentMode", employmentMode,
                EmploymentMode.class), QueryParams.constant("status", status, ProfessionalStatus.class),
                education(), QueryParams.constant("serviceField", serviceField, ServiceField.class),
                QueryParams.constant("category", category, ProfessionalCategory.class),
                QueryParams.date("asOf", asOf));
    }

    private EducationLevel education() {
        String value = QueryParams.text(education);
        return value != null && EDUCATION_CODE.matcher(value).matches() ? EducationLevel.fromCode(value)
                : QueryParams.constant("education", value, EducationLevel.class);
    }
}
