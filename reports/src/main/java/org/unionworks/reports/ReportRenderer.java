package org.unionworks.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a template compiled at build time ({@code org/unionworks/reports/<name>.jasper}) and
 * exports it as PDF or XLSX.
 *
 * <p>Every template receives {@link #PARAM_ISSUING_ORG} (String) and {@link #PARAM_FILING_DATE}
 * ({@link java.time.LocalDate}) from the {@link FilingHeader}, plus {@code REPORT_LOCALE} and
 * {@code REPORT_RESOURCE_BUNDLE} for the header's locale. The bundle's {@value #TITLE_KEY} entry
 * names the document: it becomes the PDF title and the XLSX sheet name (the template's name if
 * the bundle has none).
 *
 * <p>Thread-safe: loaded templates are shared, everything else is per call.
 */
public final class ReportRenderer {

    /** Parameter carrying {@link FilingHeader#issuingOrg()}. */
    public static final String PARAM_ISSUING_ORG = "ISSUING_ORG";
    /** Parameter carrying {@link FilingHeader#filingDate()}, a {@link java.time.LocalDate}. */
    public static final String PARAM_FILING_DATE = "FILING_DATE";
    /** Resource bundle key of the localised document title. */
    public static final String TITLE_KEY = "title";

    private static final String TEMPLATE_FOLDER = "org/unionworks/reports/";
    // the name becomes part of a class path resource: no dots or slashes, so no escaping the folder
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> RESERVED_PARAMETERS = Set.of(PARAM_ISSUING_ORG, PARAM_FILING_DATE,
            JRParameter.REPORT_LOCALE, JRParameter.REPORT_RESOURCE_BUNDLE, JRParameter.REPORT_VIRTUALIZER);

    // ~40 rows a page: 100k-row rosters (~2,500 pages) must fit a 512 MB heap, so keep few pages live
    private static final int DEFAULT_IN_MEMORY_PAGES = 50;
    // a tagged PDF's structure tree (one element per text cell) stays in memory until the document closes:
    // 100,000 rows (~2,500 pages, 830,000 elements) outgrew a 512 MB heap; 200 pages hold ~66,000 (~20 MB)
    private static final int DEFAULT_TAGGED_PAGE_LIMIT = 200;
    private static final int SWAP_BLOCK_SIZE = 4096;
    private static final int SWAP_MIN_GROW_BLOCKS = 256;
    private static final int MAX_SHEET_NAME_LENGTH = 31;

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final ClassLoader classLoader = ReportRenderer.class.getClassLoader();
    private final ConcurrentMap<String, JasperReport> templates = new ConcurrentHashMap<>();
    private final Path swapDirectory;
    private final int inMemoryPages;
    private final int taggedPageLimit;

    /** Swaps filled pages to {@code java.io.tmpdir}. */
    public ReportRenderer() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param swapDirectory existing writable directory for the temporary page swap file
     *                      (on WildFly, e.g. {@code jboss.server.temp.dir})
     */
    public ReportRenderer(Path swapDirectory) {
        this(swapDirectory, DEFAULT_IN_MEMORY_PAGES, DEFAULT_TAGGED_PAGE_LIMIT);
    }

    // tests pass tiny page counts so that even a small report really goes through the swap file, or is too
    // long to be tagged
    ReportRenderer(Path swapDirectory, int inMemoryPages, int taggedPageLimit) {
        this.swapDirectory = Objects.requireNonNull(swapDirectory, "swapDirectory");
        if (!Files.isDirectory(swapDirectory)) {
            throw new IllegalArgumentException("Swap directory does not exist: " + swapDirectory);
        }
        if (inMemoryPages < 1) {
            throw new IllegalArgumentException("inMemoryPages must be positive: " + inMemoryPages);
        }
        if (taggedPageLimit < 0) {
            throw new IllegalArgumentException("taggedPageLimit must not be negative: " + taggedPageLimit);
        }
        this.inMemoryPages = inMemoryPages;
        this.taggedPageLimit = taggedPageLimit;
    }

    /**
     * Renders rows given as records (field name = component name) or JavaBeans (field name =
     * property name).
     *
     * @param extraParams further template parameters; must not contain the ones this class sets
     * @throws ReportException if the template is missing or the fill or export fails
     */
    public void render(String templateName, FilingHeader header, Map<String, ?> extraParams,
                       Collection<?> rows, ReportFormat format, OutputStream out) {
        Objects.requireNonNull(rows, "rows");
        JRDataSource dataSource = rows.stream().allMatch(Record.class::isInstance)
                ? new RecordDataSource(rows)
                : new JRBeanCollectionDataSource(rows);
        render(templateName, header, extraParams, dataSource, format, out);
    }

    /**
     * Renders rows from any data source, e.g. one that streams a large query result.
     *
     * @param extraParams further template parameters; must not contain the ones this class sets
     * @throws ReportException if the template is missing or the fill or export fails
     */
    public void render(String templateName, FilingHeader header, Map<String, ?> extraParams,
                       JRDataSource rows, ReportFormat format, OutputStream out) {
        render(templateName, header, extraParams, rows, format, out, () -> { });
    }

    /**
     * Renders rows from any data source and runs {@code beforeExport} between the fill and the
     * export: every row has been read by then and not a byte written, so a caller can record what
     * the document holds (e.g. an audit row with the row count) before any of it leaves.
     *
     * @param extraParams  further template parameters; must not contain the ones this class sets
     * @param beforeExport runs once after a successful fill; if it throws, nothing is exported
     * @throws ReportException if the template is missing or the fill or export fails
     */
    public void render(String templateName, FilingHeader header, Map<String, ?> extraParams,
                       JRDataSource rows, ReportFormat format, OutputStream out, Runnable beforeExport) {
        Objects.requireNonNull(beforeExport, "beforeExport");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(extraParams, "extraParams");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        for (String name : extraParams.keySet()) {
            if (RESERVED_PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("Parameter " + name + " is set by the renderer");
            }
        }

        JasperReport report = template(templateName);
        Map<String, Object> parameters = new HashMap<>(extraParams);
        parameters.put(PARAM_ISSUING_ORG, header.issuingOrg());
        parameters.put(PARAM_FILING_DATE, header.filingDate());
        parameters.put(JRParameter.REPORT_LOCALE, header.locale());
        String title = report.getName();
        if (report.getResourceBundle() != null) {
            ResourceBundle bundle = resourceBundle(templateName, report.getResourceBundle(), header.locale());
            parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, bundle);
            if (bundle.containsKey(TITLE_KEY)) {
                title = bundle.getString(TITLE_KEY);
            }
        }

        JRSwapFileVirtualizer virtualizer = null;
        try {
            // swapOwner = true: cleanup() also deletes the swap file
            virtualizer = new JRSwapFileVirtualizer(inMemoryPages,
                    new JRSwapFile(context, swapDirectory.toString(), SWAP_BLOCK_SIZE, SWAP_MIN_GROW_BLOCKS), true);
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, parameters, rows);
            // pages swapped out during the fill are final; without this the export would write them again
            virtualizer.setReadOnly(true);
            beforeExport.run();
            export(print, header, title, format, out);
        } catch (JRException | JRRuntimeException e) {
            throw new ReportException("Cannot render report '" + templateName + "' as " + format
                    + ": " + e.getMessage(), e);
        } finally {
            // the JasperPrint's pages live in the swap file, so the print never leaves this method
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
        }
    }

    private JasperReport template(String templateName) {
        Objects.requireNonNull(templateName, "templateName");
        if (!TEMPLATE_NAME.matcher(templateName).matches()) {
            throw new IllegalArgumentException("Not a template name: " + templateName);
        }
        return templates.computeIfAbsent(templateName, this::loadTemplate);
    }

    private JasperReport loadTemplate(String templateName) {
        String resource = TEMPLATE_FOLDER + templateName + ".jasper";
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("No compiled report template on the class path: " + resource);
            }
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException | JRException e) {
            throw new ReportException("Cannot load report template " + resource, e);
        }
    }

    private ResourceBundle resourceBundle(String templateName, String baseName, Locale locale) {
        try {
            return bundle(baseName, locale);
        } catch (MissingResourceException e) {
            throw new ReportException("Report '" + templateName + "' has no resource bundle " + baseName, e);
        }
    }

    /** A template's bundle in this language. */
    static ResourceBundle bundle(String baseName, Locale locale) {
        // no fallback to the JVM default locale: on an English server a Chinese request would
        // otherwise get the _en bundle instead of the Chinese base bundle
        return ResourceBundle.getBundle(baseName, locale, ReportRenderer.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private void export(JasperPrint print, FilingHeader header, String title, ReportFormat format,
                        OutputStream out) throws JRException {
        switch (format) {
            case PDF -> exportPdf(print, header, title, out);
            case XLSX -> exportXlsx(print, header, title, out);
        }
    }

    private void exportPdf(JasperPrint print, FilingHeader header, String title, OutputStream out)
            throws JRException {
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setDisplayMetadataTitle(true);
        configuration.setMetadataAuthor(header.issuingOrg());
        configuration.setMetadataCreator("UnionWorks");
        // tagged PDF: screen readers and text extraction get the reading order and the language. Only up to
        // the limit: the structure tree is held whole until the end, and a roster of thousands of pages is read
        // by searching its text (still extractable, fonts embedded), not aloud
        if (print.getPages().size() <= taggedPageLimit) {
            configuration.setTagged(true);
            configuration.setTagLanguage(header.locale().toLanguageTag());
        }

        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    private void exportXlsx(JasperPrint print, FilingHeader header, String title, OutputStream out)
            throws JRException {
        SimpleXlsxReportConfiguration reportConfiguration = new SimpleXlsxReportConfiguration();
        // numbers stay numbers in Excel (sums, sorting) instead of text that merely looks numeric
        reportConfiguration.setDetectCellType(true);
        reportConfiguration.setOnePagePerSheet(false);
        reportConfiguration.setRemoveEmptySpaceBetweenRows(true);
        reportConfiguration.setWhitePageBackground(false);
        // otherwise the page margins become empty first and last columns
        reportConfiguration.setRemoveEmptySpaceBetweenColumns(true);
        reportConfiguration.setSheetNames(new String[] {sheetName(title)});

        SimpleXlsxExporterConfiguration exporterConfiguration = new SimpleXlsxExporterConfiguration();
        exporterConfiguration.setMetadataTitle(title);
        exporterConfiguration.setMetadataAuthor(header.issuingOrg());
        exporterConfiguration.setMetadataApplication("UnionWorks");

        JRXlsxExporter exporter = new JRXlsxExporter(context);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(reportConfiguration);
        exporter.setConfiguration(exporterConfiguration);
        exporter.exportReport();
    }

    // Excel rejects sheet names longer than 31 characters or containing : \ / ? * [ ]
    private static String sheetName(String title) {
        String name = title.replaceAll("[:\\\\/?*\\[\\]]", "_").strip();
        if (name.isEmpty()) {
            return "Sheet1";
        }
        return name.length() > MAX_SHEET_NAME_LENGTH ? name.substring(0, MAX_SHEET_NAME_LENGTH) : name;
    }
}
