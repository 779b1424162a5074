package org.unionworks.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionworks.organization.application.OrgUnitService;
import org.unionworks.organization.application.OrgUnitView;
import org.unionworks.organization.model.OrgUnitFilter;
import org.unionworks.organization.model.OrgUnitType;
import org.unionworks.reporting.application.OrgRosterService;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.Page;
import org.unionworks.shared.application.PageRequest;

/** Org units of the caller's subtree. Anything outside it is answered with 404, exactly as if absent. */
@Path("org-units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "org-units", description = "Organisation tree (组织机构)")
public class OrgUnitResource {

    @Inject
    OrgUnitService orgUnits;

    @Inject
    OrgRosterService roster;

    @GET
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN})
    @Operation(summary = "List org units in scope, filtered, sorted and paged")
    public Page<OrgUnitView> list(@QueryParam("name") String name, @QueryParam("type") OrgUnitType type,
                                  @QueryParam("division") String divisionPrefix,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @QueryParam("limit") @DefaultValue("50") int limit,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("desc") @DefaultValue("false") boolean descending) {
        return orgUnits.list(new OrgUnitFilter(name, type, divisionPrefix), new PageRequest(offset, limit, sort, !descending));
    }

    @GET
    @Path("count")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN})
    @Operation(summary = "Count org units in scope matching the filters")
    public CountResponse count(@QueryParam("name") String name, @QueryParam("type") OrgUnitType type,
                               @QueryParam("division") String divisionPrefix) {
        return new CountResponse(orgUnits.count(new OrgUnitFilter(name, type, divisionPrefix)));
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN})
    @Operation(summary = "One org unit; 404 when absent or outside the caller's scope")
    public OrgUnitView get(@PathParam("id") long id) {
        return orgUnits.get(id);
    }

    @GET
    @Path("{id:[0-9]+}/children")
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE, Roles.SYSTEM_ADMIN})
    @Operation(summary = "Direct children of an org unit in scope")
    public List<OrgUnitView> children(@PathParam("id") long id) {
        orgUnits.get(id);
        return orgUnits.children(id);
    }

    @GET
    @Path("roster")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @RolesAllowed({Roles.UNION_OFFICIAL, Roles.LABOR_DEPT, Roles.FINANCE})
    @Operation(summary = "The organisation roster filing (组织机构名册) of the caller's scope, PDF or XLSX")
    public Response roster(@QueryParam("format") @DefaultValue("pdf") String format,
                           @QueryParam("lang") @DefaultValue("zh") String language) {
        ReportFormat chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            default -> throw new IllegalArgumentException("format must be pdf or xlsx");
        };
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        StreamingOutput body = out -> roster.render(chosen, locale, out);
        return Response.ok(body, chosen.contentType())
                .header("Content-Disposition", "attachment; filename=\"org-roster." + chosen.fileExtension() + "\"")
                .build();
    }
}
