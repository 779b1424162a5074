package org.unionworks.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionworks.registry.application.HistoryEntry;
import org.unionworks.registry.application.ProfessionalService;
import org.unionworks.registry.model.ProfessionalListItem;
import org.unionworks.security.model.AuditDetail;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Labels;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/**
 * Professionals of the caller's subtree, read-only, ID and phone numbers masked. The service
 * scopes every call; a record outside the scope is answered with 404 exactly like a missing one.
 */
@Path("professionals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "professionals", description = "Talent registry (人才信息库): professionals, ID and phone numbers masked")
public class ProfessionalResource {

    static final int DEFAULT_LIMIT = 50;

    @Inject
    ProfessionalService professionals;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    @Operation(summary = "List professionals in scope, filtered, sorted and paged (at most 500 a page)")
    public Page<ProfessionalSummary> list(@BeanParam ProfessionalQuery query,
                                          @QueryParam("offset") @Parameter(description = "Rows to skip, default 0")
                                          String offset,
                                          @QueryParam("limit") @Parameter(description = "Page size, 1 to 500, default 50")
                                          String limit,
                                          @QueryParam("sort") @Parameter(description = "fullName (default), orgUnitName,"
                                                  + " employmentMode, serviceField, postTitle, education, category, status,"
                                                  + " joinedOn or birthDate")
                                          String sort,
                                          @QueryParam("desc") @Parameter(description = "true: descending") String desc) {
        PageRequest page = new PageRequest(QueryParams.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, PageRequest.MAX_SIZE), QueryParams.text(sort),
                !QueryParams.flag("desc", desc));
        Page<ProfessionalListItem> found = professionals.search(query.toFilter(), page);
        return new Page<>(found.items().stream().map(ProfessionalSummary::of).toList(), found.total(),
                found.offset(), found.size());
    }

    @GET
    @Path("count")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    @Operation(summary = "Count professionals in scope matching the filters")
    public CountResponse count(@BeanParam ProfessionalQuery query) {
        return new CountResponse(professionals.count(query.toFilter()));
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    @Operation(summary = "One professional's record; 404 when absent or outside the caller's scope")
    public ProfessionalRecord get(@PathParam("id") long id) {
        return ProfessionalRecord.of(professionals.get(id));
    }

    @GET
    @Path("{id:[0-9]+}/history")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    @Operation(summary = "Who changed what and when, newest first, in the Accept-Language (Chinese or English);"
            + " 404 when absent or outside the caller's scope")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        ResourceBundle labels = Labels.bundle(ApiLanguage.of(headers));
        return professionals.history(id).stream()
                .map(e -> new HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.outcome(),
                        AuditDetail.render(e.detail(), labels)))
                .toList();
    }
}
