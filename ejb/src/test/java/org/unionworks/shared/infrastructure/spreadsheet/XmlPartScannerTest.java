package org.unionworks.shared.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.unionworks.shared.infrastructure.spreadsheet.Rejections.assertRejected;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlPartScannerTest {

    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <!-- a comment with <tags> and -- dashes - inside -->
              <sheetData>
                <row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>a &gt; b &amp; "c"</t></is></c><c r="B1"/></row>
                <row r="2"><c r="A2" t="str"><f>IF(A1&gt;0,"/>","")</f><v>x</v></c></row>
              </sheetData>
              <x:ext xmlns:x="urn:x" value='single "quoted" /> value'><![CDATA[ <!DOCTYPE is only text here ]] ]]></x:ext>
              <?processing instruction?>
            </worksheet>""";

    @Test
    void aTypicalPartPasses() {
        assertDoesNotThrow(() -> scan(SHEET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPartFedOneByteAtATimePasses() {
        assertDoesNotThrow(() -> scanByteByByte(SHEET.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyDtdDeclarationIsRefused() {
        for (String declaration : new String[] {"<!DOCTYPE x>", "<!ENTITY a \"b\">", "<!ELEMENT x ANY>",
                "<!ATTLIST x a CDATA #IMPLIED>", "<![INCLUDE[ x ]]>", "<!NOTATION n SYSTEM \"n\">"}) {
            byte[] xml = ("<?xml version=\"1.0\"?>" + declaration + "<x/>").getBytes(StandardCharsets.UTF_8);
            assertRejected("import.file.xmlEntity", () -> scan(xml));
        }
    }

    @Test
    void aDoctypeSplitAcrossBuffersIsFound() {
        byte[] xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>".getBytes(StandardCharsets.UTF_8);
        assertRejected("import.file.xmlEntity", () -> scanByteByByte(xml));
    }

    @Test
    void aDoctypeAfterAByteOrderMarkIsFound() {
        byte[] xml = ("\uFEFF<!DOCTYPE x><x/>").getBytes(StandardCharsets.UTF_8);
        assertRejected("import.file.xmlEntity", () -> scan(xml));
    }

    @Test
    void utf16IsReadAsUtf16() {
        String clean = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><x a=\"丼>\"><y/>中文</x>";
        String hostile = "<x><!DOCTYPE y></x>";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            assertDoesNotThrow(() -> scan(clean.getBytes(charset)));
            assertRejected("import.file.xmlEntity", () -> scan(hostile.getBytes(charset)));
        }
        assertDoesNotThrow(() -> scan(clean.getBytes(StandardCharsets.UTF_16)));
        assertRejected("import.file.xmlEntity", () -> scanByteByByte(hostile.getBytes(StandardCharsets.UTF_16)));
    }

    @Test
    void encodingsOtherThanUtf8AndUtf16AreRefused() {
        byte[] utf32 = "<x/>".getBytes(Charset.forName("UTF-32BE"));
        byte[] ebcdic = "<?xml version=\"1.0\" encoding=\"IBM037\"?><x/>".getBytes(Charset.forName("IBM037"));
        byte[] declared = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><x/>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16DeclaredInUtf8 = "<?xml version='1.0' encoding='UTF-16'?><x/>".getBytes(StandardCharsets.UTF_8);
        for (byte[] xml : new byte[][] {utf32, ebcdic, declared, utf16DeclaredInUtf8}) {
            assertRejected("import.file.corrupt", () -> scan(xml));
        }
        assertDoesNotThrow(() -> scan("<?xml version='1.0' encoding='utf-8'?><x/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nestingIsLimited() {
        String allowed = "<a>".repeat(XmlPartScanner.MAX_DEPTH) + "</a>".repeat(XmlPartScanner.MAX_DEPTH);
        assertDoesNotThrow(() -> scan(allowed.getBytes(StandardCharsets.US_ASCII)));
        String siblings = "<r>" + "<c/>".repeat(10_000) + "<c></c>".repeat(10_000) + "</r>";
        assertDoesNotThrow(() -> scan(siblings.getBytes(StandardCharsets.US_ASCII)));
        String tooDeep = "<a>".repeat(XmlPartScanner.MAX_DEPTH + 1);
        assertRejected("import.file.tooComplex", () -> scan(tooDeep.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aTextNodeMayNotHoldMoreThanAnyCell() {
        int max = XmlPartScanner.MAX_UNITS_BETWEEN_TAGS;
        // the limit counts from the end of one tag to the end of the next, the closing tag "</t>" included
        String fits = "<t>" + "x".repeat(max - 4) + "</t>";
        assertDoesNotThrow(() -> scan(fits.getBytes(StandardCharsets.US_ASCII)));
        String tooLong = "<t>" + "x".repeat(max - 3) + "</t>";
        assertRejected("import.file.tooComplex", () -> scan(tooLong.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void cdataSectionsAndCommentsDoNotSplitAnOverlongText() {
        String piece = "<![CDATA[" + "x".repeat(60_000) + "]]><!--" + "y".repeat(60_000) + "-->";
        String text = "<v>" + piece.repeat(10) + "</v>";
        assertRejected("import.file.tooComplex", () -> scan(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anOverlongAttributeIsRefused() {
        String tag = "<c v=\"" + "9".repeat(XmlPartScanner.MAX_UNITS_BETWEEN_TAGS) + "\"/>";
        assertRejected("import.file.tooComplex", () -> scan(tag.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aNulCharacterIsRefused() {
        assertRejected("import.file.corrupt", () -> scan(new byte[] {'<', 'x', '>', 0, '<', '/', 'x', '>'}));
    }

    private static void scan(byte[] xml) {
        XmlPartScanner scanner = new XmlPartScanner("test.xml");
        scanner.accept(xml, 0, xml.length);
        scanner.finish();
    }

    private static void scanByteByByte(byte[] xml) {
        XmlPartScanner scanner = new XmlPartScanner("test.xml");
        for (int i = 0; i < xml.length; i++) {
            scanner.accept(xml, i, 1);
        }
        scanner.finish();
    }
}
