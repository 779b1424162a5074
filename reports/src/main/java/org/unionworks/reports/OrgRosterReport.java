package org.unionworks.reports;

import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The 组织机构名册 (organisation roster) filing: a typed front for {@link ReportRenderer} so callers
 * cannot pass rows the template has no fields for.
 */
public final class OrgRosterReport {

    /** Template name of {@code org/unionworks/reports/org-roster.jasper}. */
    public static final String TEMPLATE = "org-roster";

    private final ReportRenderer renderer;

    public OrgRosterReport(ReportRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * @throws ReportException if the fill or export fails
     */
    public void render(FilingHeader header, Collection<OrgRosterRow> rows, ReportFormat format, OutputStream out) {
        renderer.render(TEMPLATE, header, Map.of(), rows, format, out);
    }
}
