package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ProfessionalListReportTest {

    private static final String CITY_UNION = "南昌市总工会";
    private static final LocalDate EXPORT_DATE = LocalDate.of(2026, 3, 15);
    private static final String MASKED_ID = "360***********123X";
    private static final String FULL_ID = "36010219850315123X";
    private static final Path SAMPLE_DIR = Path.of("target", "report-samples");

    private static ProfessionalListRow row(int i, String residentId, String phone) {
        return new ProfessionalListRow("张" + "伟芳敏静丽强磊军洋勇".charAt(i % 10) + i, residentId, i % 2 == 0 ? "男" : "女",
                1980 + i % 20, phone, "八一街道总工会", "社会工作岗" + i, "职工服务", i % 3 == 0 ? "购买服务" : "直接聘用",
                i % 3 == 0 ? "阳光社工中心" : null, "大学本科", "工会社会工作者", "在岗",
                LocalDate.of(2020, 5, 1).plusDays(i), null);
    }

    private static List<ProfessionalListRow> rows(int count, String residentId, String phone) {
        return IntStream.range(0, count).mapToObj(i -> row(i, residentId, phone)).toList();
    }

    @Test
    void chinesePdfIsLandscapeWithHeadingsMaskedNumbersPageNumbersAndEmbeddedFonts() throws IOException {
        List<ProfessionalListRow> rows = rows(80, MASKED_ID, "139****5678");
        byte[] pdf = render(Locale.SIMPLIFIED_CHINESE, false, rows.iterator(), "professional-list-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "80 rows should span several pages, got " + pages);
            PDRectangle size = document.getPage(0).getMediaBox();
            boolean turned = document.getPage(0).getRotation() % 180 != 0;
            assertTrue(turned ? size.getHeight() > size.getWidth() : size.getWidth() > size.getHeight(),
                    "landscape: " + size + " turned " + document.getPage(0).getRotation());
            assertEquals("专业人才名单", document.getDocumentInformation().getTitle());

            String text = PdfChecks.text(document);
            for (String expected : List.of("专业人才名单", "填报单位：" + CITY_UNION, "导出日期：2026年3月15日", "序号", "姓名",
                    "身份证号码", "出生年份", "联系电话", "所属组织", "用工方式", "身份证号码、联系电话已脱敏", "第 1 页",
                    "共 " + pages + " 页", "共 80 人")) {
                assertTrue(text.contains(expected), expected + " missing in:\n" + text);
            }
            // the second row fits one line (the first wraps its employer onto more)
            String second = PdfChecks.lineContaining(text, rows.get(1).fullName() + " ");
            assertTrue(second.contains(MASKED_ID), second);
            assertTrue(second.contains("139****5678"), second);
            assertTrue(second.contains("1981"), "year of birth without grouping: " + second);
            assertTrue(second.contains("2020-05-02"), second);
            assertTrue(text.contains("阳光社工中心"), "employer under the employment mode");
            assertFalse(text.contains("null"), "null values print blank");
            assertFalse(text.contains("含完整身份证号码"), "no full-values warning on a masked list");
            PdfChecks.assertAllFontsEmbedded(document);
        }
    }

    @Test
    void theTotalIsGroupedLikeTheRosters() throws IOException {
        byte[] pdf = render(Locale.SIMPLIFIED_CHINESE, false, rows(1_203, MASKED_ID, null).iterator(),
                "professional-list-long-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(PdfChecks.text(document).contains("共 1,203 人"));
        }
    }

    @Test
    void aListWithFullValuesSaysSoOnEveryPage() throws IOException {
        byte[] pdf = render(Locale.SIMPLIFIED_CHINESE, true, rows(80, FULL_ID, "13912345678").iterator(),
                "professional-list-full-zh.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains("含完整身份证号码和联系电话"), "warning on page " + page);
            }
            assertTrue(PdfChecks.text(document).contains(FULL_ID));
        }
    }

    @Test
    void englishLocaleUsesTheEnglishBundleAndAnEmptyListStillHasItsHeadings() throws IOException {
        byte[] pdf = render(Locale.ENGLISH, false, List.<ProfessionalListRow>of().iterator(),
                "professional-list-empty-en.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = PdfChecks.text(document);
            assertTrue(text.contains("Professionals List"), text);
            assertTrue(text.contains("ID number"), text);
            assertTrue(text.contains("0 people in total"), text);
            assertFalse(text.contains("专业人才名单"), "Chinese labels leaked into the English list");
        }
    }

    @Test
    void rowsAreReadOnceAsTheFillAsksAndTheHookRunsAfterTheLastRowBeforeTheFirstByte() {
        AtomicInteger read = new AtomicInteger();
        Iterator<ProfessionalListRow> generated = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.get() < 300;
            }

            @Override
            public ProfessionalListRow next() {
                return row(read.getAndIncrement(), MASKED_ID, null);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] seenByHook = {-1, -1};

        new ProfessionalListReport(new ReportRenderer()).render(new FilingHeader(CITY_UNION, EXPORT_DATE,
                Locale.SIMPLIFIED_CHINESE), false, generated, ReportFormat.PDF, out, () -> {
                    seenByHook[0] = read.get();
                    seenByHook[1] = out.size();
                });

        assertEquals(300, seenByHook[0], "every row read before the hook");
        assertEquals(0, seenByHook[1], "nothing written before the hook");
        assertTrue(out.size() > 0);
    }

    @Test
    void everyCellHasAColumnTitleInBothLanguagesInTheSameOrder() throws Exception {
        ProfessionalListRow sample = row(3, MASKED_ID, "139****5678");
        List<Object> byComponent = Arrays.stream(ProfessionalListRow.class.getRecordComponents())
                .map(c -> {
                    try {
                        return c.getAccessor().invoke(sample);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }).toList();
        assertEquals(byComponent, sample.cells(), "cells() follows the component order the titles follow");

        List<String> zh = ProfessionalListReport.columnTitles(Locale.SIMPLIFIED_CHINESE);
        List<String> en = ProfessionalListReport.columnTitles(Locale.ENGLISH);
        assertEquals(sample.cells().size() + 1, zh.size(), "a title for 序号 and for each cell");
        assertEquals(List.of("序号", "姓名", "身份证号码"), zh.subList(0, 3));
        assertEquals("Left", en.get(en.size() - 1));
        assertEquals("专业人才名单", ProfessionalListReport.title(Locale.CHINA));
    }

    private static byte[] render(Locale locale, boolean fullValues, Iterator<ProfessionalListRow> rows,
                                 String sampleFileName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProfessionalListReport(new ReportRenderer()).render(new FilingHeader(CITY_UNION, EXPORT_DATE, locale),
                fullValues, rows, ReportFormat.PDF, out, () -> { });
        Files.createDirectories(SAMPLE_DIR);
        Files.write(SAMPLE_DIR.resolve(sampleFileName), out.toByteArray());
        return out.toByteArray();
    }
}
