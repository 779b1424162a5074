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
import java.util.regex.Pattern;

/**
 * A filing whose rows are one record type: the template {@code org/unionworks/reports/<template>.jasper}, with its
 * bundle of the same name holding {@code title} and a {@code column.<component>} label for every record component.
 * Rows are read from an iterator one at a time, so a filing of any length is never held in memory (the renderer swaps
 * filled pages to disk).
 *
 * @param <R> the row record; its components are the template's fields
 */
public final class RecordFiling<R extends Record> {

    // before the instances below: static fields initialise in order
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SEQUENCE_KEY = "column.seq";

    /** 持证社会工作者名册: the certification roster for labour departments. Parameter {@value #PARAM_FILTERS}. */
    public static final RecordFiling<CertificationRosterRow> CERTIFICATION_ROSTER =
            new RecordFiling<>("certification-roster", CertificationRosterRow.class);
    /** 继续教育学时达标情况: compliance by organisation unit. Parameter {@value #PARAM_DUE_SOON_DAYS}. */
    public static final RecordFiling<ComplianceRow> COMPLIANCE = new RecordFiling<>("ce-compliance", ComplianceRow.class);
    /** 评聘衔接不一致名单: the title-linkage mismatches, grouped by kind. */
    public static final RecordFiling<TitleMismatchRow> TITLE_MISMATCHES =
            new RecordFiling<>("title-mismatches", TitleMismatchRow.class);

    /** String parameter: the filters the roster was drawn with, printed under the header. */
    public static final String PARAM_FILTERS = "FILTERS";
    /** Integer parameter: the warning period of the compliance filing's "due soon" column, in days. */
    public static final String PARAM_DUE_SOON_DAYS = "DUE_SOON_DAYS";

    private final String template;
    private final Class<R> rowType;

    private RecordFiling(String template, Class<R> rowType) {
        if (!TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a template name: " + template);
        }
        this.template = template;
        this.rowType = Objects.requireNonNull(rowType, "rowType");
    }

    public String template() {
        return template;
    }

    /**
     * @param params       the template's own parameters (see the constants); not the renderer's
     * @param beforeExport runs after every row has been read and before the first byte is written
     * @throws ReportException if the fill or export fails
     */
    public void render(ReportRenderer renderer, FilingHeader header, Map<String, ?> params, Iterator<R> rows,
                       ReportFormat format, OutputStream out, Runnable beforeExport) {
        renderer.render(template, header, params, new RecordDataSource(rows), format, out, beforeExport);
    }

    /** The document title in this language, e.g. for a download's file name. */
    public String title(Locale locale) {
        return bundle(locale).getString(ReportRenderer.TITLE_KEY);
    }

    /** Column titles in this language: the sequence number, then one per record component, in order. */
    public List<String> columnTitles(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<String> titles = new ArrayList<>();
        titles.add(bundle.getString(SEQUENCE_KEY));
        Arrays.stream(rowType.getRecordComponents())
                .forEach(component -> titles.add(bundle.getString("column." + component.getName())));
        return titles;
    }

    private ResourceBundle bundle(Locale locale) {
        return ReportRenderer.bundle("org.unionworks.reports." + template, locale);
    }

    @Override
    public String toString() {
        return template;
    }
}
