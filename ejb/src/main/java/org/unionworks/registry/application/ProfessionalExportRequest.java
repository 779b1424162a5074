package org.unionworks.registry.application;

import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.unionworks.registry.model.ProfessionalFilter;
import org.unionworks.reports.ReportFormat;

/**
 * An export of the professionals list exactly as the caller sees it: the same filter and sort
 * (a field the list sorts on, null for the default), every matching row rather than one page,
 * with headings and labels in {@code locale}.
 */
public record ProfessionalExportRequest(@NotNull ProfessionalFilter filter, String sortField, boolean ascending,
                                        @NotNull ReportFormat format, @NotNull Locale locale) {
}
