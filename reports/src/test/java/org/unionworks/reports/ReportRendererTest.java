package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {

    private static final FilingHeader HEADER =
            new FilingHeader(OrgRosterFixture.CITY_UNION, LocalDate.of(2026, 3, 15), Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path swapDirectory;

    private final List<OrgRosterRow> roster = OrgRosterFixture.nanchangRoster();

    @Test
    void swappedPagesStillExportAndTheSwapFileIsDeletedAfterwards() throws IOException {
        // one page in memory: every other page of the roster goes through the swap file
        ReportRenderer renderer = new ReportRenderer(swapDirectory, 1, 200);
        SwapFileProbe rows = new SwapFileProbe(new RecordDataSource(roster), swapDirectory, roster.size(), -1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.render(OrgRosterReport.TEMPLATE, HEADER, Map.of(), rows, ReportFormat.PDF, out);

        assertEquals(1, rows.swapFilesDuringFill, "the fill should have used a swap file");
        assertEquals(0, filesIn(swapDirectory), "swap file left behind");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(roster.get(0).name()), "first row lost in swapping");
            assertTrue(text.contains(roster.get(roster.size() - 1).name()), "last row lost in swapping");
        }
    }

    @Test
    void failedFillDeletesTheSwapFileAndReportsTheTemplate() {
        ReportRenderer renderer = new ReportRenderer(swapDirectory, 1, 200);
        SwapFileProbe rows = new SwapFileProbe(new RecordDataSource(roster), swapDirectory, 80, 80);

        ReportException e = assertThrows(ReportException.class, () -> renderer.render(OrgRosterReport.TEMPLATE,
                HEADER, Map.of(), rows, ReportFormat.XLSX, new ByteArrayOutputStream()));

        assertTrue(e.getMessage().contains(OrgRosterReport.TEMPLATE), e.getMessage());
        assertTrue(e.getCause() instanceof JRException, String.valueOf(e.getCause()));
        assertEquals(1, rows.swapFilesDuringFill, "the fill should have used a swap file");
        assertEquals(0, filesIn(swapDirectory), "swap file left behind after a failed fill");
    }

    @Test
    void aFailedFillNeverRunsWhatWasToHappenBeforeTheExport() {
        ReportRenderer renderer = new ReportRenderer(swapDirectory, 1, 200);
        SwapFileProbe rows = new SwapFileProbe(new RecordDataSource(roster), swapDirectory, 80, 80);
        AtomicBoolean ran = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThrows(ReportException.class, () -> renderer.render(OrgRosterReport.TEMPLATE, HEADER, Map.of(), rows,
                ReportFormat.PDF, out, () -> ran.set(true)));

        assertFalse(ran.get(), "an export that never happens must not be recorded as one");
        assertEquals(0, out.size());
    }

    @Test
    void aShortPdfIsTaggedInTheHeadersLanguage() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ReportRenderer(swapDirectory).render(OrgRosterReport.TEMPLATE, HEADER, Map.of(), roster,
                ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
            assertEquals("zh-CN", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aPdfLongerThanTheTaggingLimitIsUntaggedButKeepsItsTextAndFonts() throws IOException {
        // the roster spans several pages; with a limit of one page its structure tree would be over the limit
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ReportRenderer(swapDirectory, 1, 1).render(OrgRosterReport.TEMPLATE, HEADER, Map.of(), roster,
                ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertTrue(document.getNumberOfPages() > 1, "the fixture must be longer than the limit");
            assertTrue(document.getDocumentCatalog().getStructureTreeRoot() == null, "no structure tree");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(roster.get(0).name()), "first row extractable");
            assertTrue(text.contains(roster.get(roster.size() - 1).name()), "last row extractable");
            PdfChecks.assertAllFontsEmbedded(document);
        }
    }

    @Test
    void unknownTemplateIsAReportException() {
        ReportRenderer renderer = new ReportRenderer(swapDirectory);

        ReportException e = assertThrows(ReportException.class, () -> renderer.render("no-such-report", HEADER,
                Map.of(), roster, ReportFormat.PDF, new ByteArrayOutputStream()));

        assertTrue(e.getMessage().contains("org/unionworks/reports/no-such-report.jasper"), e.getMessage());
    }

    @Test
    void templateNamesCannotLeaveTheTemplateFolder() {
        ReportRenderer renderer = new ReportRenderer(swapDirectory);

        assertThrows(IllegalArgumentException.class, () -> renderer.render("../reports/org-roster", HEADER,
                Map.of(), roster, ReportFormat.PDF, new ByteArrayOutputStream()));
    }

    @Test
    void parametersSetFromTheHeaderCannotBeOverridden() {
        ReportRenderer renderer = new ReportRenderer(swapDirectory);

        assertThrows(IllegalArgumentException.class, () -> renderer.render(OrgRosterReport.TEMPLATE, HEADER,
                Map.of(ReportRenderer.PARAM_ISSUING_ORG, "别的单位"), roster, ReportFormat.PDF,
                new ByteArrayOutputStream()));
    }

    @Test
    void javaBeanRowsWorkLikeRecords() throws IOException {
        ReportRenderer renderer = new ReportRenderer(swapDirectory);
        List<OrgBean> beans = List.of(new OrgBean("东湖区总工会", "区总工会", "360102000000", "南昌市总工会", 54_321L));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.render(OrgRosterReport.TEMPLATE, HEADER, Map.of(), beans, ReportFormat.PDF, out);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("东湖区总工会"), text);
            assertTrue(text.contains("54,321"), text);
        }
    }

    private static long filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the swap files while the fill is still running, and can make the fill fail. */
    private static final class SwapFileProbe implements JRDataSource {

        private final JRDataSource delegate;
        private final Path swapDirectory;
        private final int probeAtRow;
        private final int failAtRow;
        private int row;
        long swapFilesDuringFill = -1;

        SwapFileProbe(JRDataSource delegate, Path swapDirectory, int probeAtRow, int failAtRow) {
            this.delegate = delegate;
            this.swapDirectory = swapDirectory;
            this.probeAtRow = probeAtRow;
            this.failAtRow = failAtRow;
        }

        @Override
        public boolean next() throws JRException {
            row++;
            if (row == probeAtRow) {
                swapFilesDuringFill = filesIn(swapDirectory);
            }
            if (row == failAtRow) {
                throw new JRException("simulated database failure at row " + row);
            }
            return delegate.next();
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            return delegate.getFieldValue(field);
        }
    }

    /** A JavaBean row, as a JPA projection or DTO might deliver it. */
    public static final class OrgBean {

        private final String name;
        private final String typeLabel;
        private final String divisionCode;
        private final String parentName;
        private final Long coveredWorkers;

        OrgBean(String name, String typeLabel, String divisionCode, String parentName, Long coveredWorkers) {
            this.name = name;
            this.typeLabel = typeLabel;
            this.divisionCode = divisionCode;
            this.parentName = parentName;
            this.coveredWorkers = coveredWorkers;
        }

        public String getName() {
            return name;
        }

        public String getTypeLabel() {
            return typeLabel;
        }

        public String getDivisionCode() {
            return divisionCode;
        }

        public String getParentName() {
            return parentName;
        }

        public Long getCoveredWorkers() {
            return coveredWorkers;
        }
    }
}
