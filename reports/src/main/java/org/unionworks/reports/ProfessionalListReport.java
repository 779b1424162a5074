package org.unionworks.reports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The 专业人才名单 (professionals list) export as a filing: landscape A4, the issuing
 * organisation and date on top, page numbers below. Rows are read one at a time from an
 * iterator, so a list of any length is never held in memory (the renderer swaps filled pages
 * to disk).
 */
public final class ProfessionalListReport {

    /** Template name of {@code org/unionworks/reports/professional-list.jasper}. */
    public static final String TEMPLATE = "professional-list";
    /** Boolean parameter: the list holds full ID and phone numbers, and says so on every page. */
    public static final String PARAM_FULL_VALUES = "FULL_VALUES";

    private static final String BUNDLE = "org.unionworks.reports.professional-list";
    private static final String SEQUENCE_KEY = "column.seq";

    private final ReportRenderer renderer;

    public ProfessionalListReport(ReportRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * @param fullValues   whether the rows carry full ID and phone numbers (printed as a notice)
     * @param beforeExport runs after every row has been read and before the first byte is written
     * @throws ReportException if the fill or export fails
     */
    public void render(FilingHeader header, boolean fullValues, Iterator<ProfessionalListRow> rows,
                       ReportFormat format, OutputStream out, Runnable beforeExport) {
        renderer.render(TEMPLATE, header, Map.of(PARAM_FULL_VALUES, fullValues), new RecordDataSource(rows), format,
                out, beforeExport);
    }

    /** The document title in this language, e.g. for a spreadsheet's sheet name. */
    public static String title(Locale locale) {
        return bundle(locale).getString(ReportRenderer.TITLE_KEY);
    }

    /**
     * Column titles in this language: the sequence number, then one per
     * {@link ProfessionalListRow#cells()} value, in that order.
     */
    public static List<String> columnTitles(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<String> titles = new ArrayList<>();
        titles.add(bundle.getString(SEQUENCE_KEY));
        Arrays.stream(ProfessionalListRow.class.getRecordComponents())
                .forEach(component -> titles.add(bundle.getString("column." + component.getName())));
        return titles;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ReportRenderer.bundle(BUNDLE, locale);
    }
}
