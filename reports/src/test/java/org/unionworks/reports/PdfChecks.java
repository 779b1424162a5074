package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a rendered PDF back: its text in reading order, and the fonts it carries. */
final class PdfChecks {

    private PdfChecks() {
    }

    static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    static String lineContaining(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + needle + " in:\n" + text));
    }

    /** Every page uses fonts, and every font is embedded: no standard-14 Helvetica without Chinese glyphs. */
    static void assertAllFontsEmbedded(PDDocument document) throws IOException {
        int fontsSeen = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fontsSeen++;
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                assertFalse(font.isStandard14(), "standard-14 font: " + font.getName());
                assertFalse(font.getName().contains("Helvetica"), "Helvetica: " + font.getName());
            }
        }
        assertTrue(fontsSeen >= document.getNumberOfPages(), "every page should use the embedded font");
    }
}
