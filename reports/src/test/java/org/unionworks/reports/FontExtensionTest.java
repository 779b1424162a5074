package org.unionworks.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

/**
 * The build machine may have the font installed system-wide, which hides a broken extension during
 * the fill; these checks look at the extension itself.
 */
class FontExtensionTest {

    private static final String FAMILY = "WenQuanYi Micro Hei";

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();

    @Test
    void extensionRegistersTheEmbeddedCjkFamilyFromThisJar() {
        List<FontFamily> families = context.getExtensions(FontFamily.class);
        FontFamily family = families.stream().filter(f -> FAMILY.equals(f.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("font family not registered: " + FAMILY));

        assertEquals("Identity-H", family.getPdfEncoding());
        assertEquals(Boolean.TRUE, family.isPdfEmbedded());
        assertEquals("org/unionworks/reports/fonts/wqy-microhei.ttf", family.getNormalFace().getTtf());
        Font font = family.getNormalFace().getFont();
        assertNotNull(font, "TTF did not load from the class path");
        assertTrue(font.canDisplayUpTo("组织机构名册 0123456789 ABC") == -1, "font lacks CJK, digit or Latin glyphs");
    }

    @Test
    void cjkFamilyIsTheDefaultFont() {
        assertEquals(FAMILY, context.getProperty("net.sf.jasperreports.default.font.name"));
        assertEquals("false", context.getProperty("net.sf.jasperreports.awt.ignore.missing.font"));
    }
}
