package org.unionworks.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.unionworks.reports.ReportRenderer;

/**
 * The reports module is plain Java; this makes its renderer (and its template cache) one per
 * application. {@code @Singleton}, not {@code @ApplicationScoped}: the renderer is final and needs no proxy.
 */
@ApplicationScoped
public class ReportRendererProducer {

    @Produces
    @Singleton
    ReportRenderer renderer() {
        return new ReportRenderer();
    }
}
