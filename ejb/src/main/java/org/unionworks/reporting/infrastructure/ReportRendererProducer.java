package org.unionworks.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.unionworks.reports.ReportRenderer;

/** The reports module is plain Java; this makes its renderer (and its template cache) one per application. */
@ApplicationScoped
public class ReportRendererProducer {

    @Produces
    @ApplicationScoped
    ReportRenderer renderer() {
        return new ReportRenderer();
    }
}
