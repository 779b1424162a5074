package org.unionworks.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unionworks.certification.application.CertificationReportPage;
import org.unionworks.certification.application.CertificationReportService;
import org.unionworks.certification.model.CertificationReportFilter;
import org.unionworks.certification.model.TitleEligibilityPolicy;
import org.unionworks.reports.ReportFormat;
import org.unionworks.security.model.Roles;
import org.unionworks.shared.application.CsvWriter;

/**
 * The labour departments' pull API (DOMAIN §3): the certification report of the caller's jurisdiction (an API
 * client's bearer token) or subtree (an account), as JSON pages or one CSV stream. A division outside an API
 * client's jurisdiction is answered with 403 and nothing else; a malformed filter with 400 and what it takes.
 */
@Path("certifications")
@RequestScoped
@Tag(name = "certifications", description = "Certification report for labour departments (证书登记与评聘衔接)")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class CertificationResource {

    static final int DEFAULT_LIMIT = 100;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8.name());

    @Inject
    CertificationReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";qs=1")
    @RolesAllowed({Roles.API_CLIENT, Roles.LABOR_DEPT, Roles.UNION_OFFICIAL})
    @Operation(summary = "A page of the certification report in professional id order; pass nextAfter as after"
            + " for the next page")
    public CertificationPage page(@BeanParam CertificationQuery query,
                                  @QueryParam("after") @Parameter(description = "Professional id the page starts"
                                          + " after (keyset paging), default 0") String after,
                                  @QueryParam("offset") @Parameter(description = "Rows to skip, default 0")
                                  String offset,
                                  @QueryParam("limit") @Parameter(description = "Page size, 1 to 1000, default 100")
                                  String limit,
                                  @QueryParam("total") @Parameter(description = "true: count every matching row"
                                          + " as well") String total) {
        CertificationReportPage page = reports.page(query.toFilter(), QueryParams.nonNegative("after", after),
                QueryParams.integer("offset", offset, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, CertificationReportService.MAX_PAGE),
                QueryParams.flag("total", total));
        TitleEligibilityPolicy policy = reports.titlePolicy();
        LocalDate today = LocalDate.now();
        return new CertificationPage(page.items().stream().map(r -> CertificationRecord.of(r, policy, today))
                .toList(), page.total(), page.nextAfter());
    }

    @GET
    @Produces("text/csv;qs=0.9")
    @RolesAllowed({Roles.API_CLIENT, Roles.LABOR_DEPT, Roles.UNION_OFFICIAL})
    @Operation(summary = "The whole report as CSV (Accept: text/csv), UTF-8, a header line of field names, streamed")
    public Response csv(@BeanParam CertificationQuery query) {
        CertificationReportFilter filter = query.toFilter();
        reports.requireAdmitted(filter);
        TitleEligibilityPolicy policy = reports.titlePolicy();
        LocalDate today = LocalDate.now();
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CsvWriter csv = new CsvWriter(writer);
            csv.row(CertificationRecord.CSV_HEADER);
            reports.export(filter, "CSV", row -> csv.row(CertificationRecord.of(row, policy, today).csvValues()));
            writer.flush();
        };
        return Response.ok(body, CSV)
                .header("Content-Disposition", "attachment; filename=\"certifications-" + today + ".csv\"")
                .build();
    }

    @GET
    @Produces("application/pdf;qs=0.5")
    @RolesAllowed({Roles.API_CLIENT, Roles.LABOR_DEPT, Roles.UNION_OFFICIAL})
    @Operation(summary = "The report as a PDF filing (Accept: application/pdf): 持证社会工作者名册 with the issuing"
            + " body, date, filters and page numbers; Chinese unless Accept-Language asks for English")
    public Response pdf(@BeanParam CertificationQuery query, @Context HttpHeaders headers) {
        return filing(query, ReportFormat.PDF, headers);
    }

    @GET
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;qs=0.5")
    @RolesAllowed({Roles.API_CLIENT, Roles.LABOR_DEPT, Roles.UNION_OFFICIAL})
    @Operation(summary = "The report as an XLSX filing (Accept: application/vnd.openxmlformats-officedocument"
            + ".spreadsheetml.sheet), one sheet")
    public Response xlsx(@BeanParam CertificationQuery query, @Context HttpHeaders headers) {
        return filing(query, ReportFormat.XLSX, headers);
    }

    private Response filing(CertificationQuery query, ReportFormat format, HttpHeaders headers) {
        CertificationReportFilter filter = query.toFilter();
        reports.requireAdmitted(filter);
        Locale locale = ApiLanguage.of(headers);
        StreamingOutput body = out -> reports.filing(filter, format, locale, out);
        return Response.ok(body, format.contentType())
                .header("Content-Disposition", "attachment; filename=\"certification-roster-" + LocalDate.now() + "."
                        + format.fileExtension() + "\"")
                .build();
    }

    @GET
    @Path("count")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.API_CLIENT, Roles.LABOR_DEPT, Roles.UNION_OFFICIAL})
    @Operation(summary = "How many rows the report has with these filters")
    public CountResponse count(@BeanParam CertificationQuery query) {
        return new CountResponse(reports.count(query.toFilter()));
    }
}
