package org.unionworks.shared.infrastructure.spreadsheet;

import static org.unionworks.shared.infrastructure.spreadsheet.Zips.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * A workbook written part by part, for what Excel writes but POI's usermodel cannot be made to write: cells
 * without references, rich and phonetic shared strings, the 1904 date system, hostile content in any part.
 */
final class MinimalWorkbook {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private String sheetData = "";
    private String sharedStrings;
    private String styles;
    private String workbookProperties = "";
    private String mainContentType = XSSFRelation.WORKBOOK.getContentType();
    private final Map<String, byte[]> extra = new LinkedHashMap<>();

    /** The rows, as {@code <row>} elements. */
    MinimalWorkbook sheetData(String rows) {
        this.sheetData = rows;
        return this;
    }

    /** The shared strings, as {@code <si>} elements. */
    MinimalWorkbook sharedStrings(String items) {
        this.sharedStrings = items;
        return this;
    }

    /** The inside of {@code <styleSheet>}. */
    MinimalWorkbook styles(String inside) {
        this.styles = inside;
        return this;
    }

    MinimalWorkbook date1904() {
        this.workbookProperties = "<workbookPr date1904=\"1\"/>";
        return this;
    }

    MinimalWorkbook mainContentType(String type) {
        this.mainContentType = type;
        return this;
    }

    /** Adds an entry, or replaces one of the standard parts. */
    MinimalWorkbook entry(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8(contentTypes()));
        entries.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>"""));
        entries.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"" + MAIN_NS + "\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + workbookProperties + "<sheets><sheet name=\"名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        entries.put("xl/_rels/workbook.xml.rels", utf8(workbookRelationships()));
        entries.put("xl/worksheets/sheet1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"));
        if (sharedStrings != null) {
            entries.put("xl/sharedStrings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"" + MAIN_NS + "\">" + sharedStrings + "</sst>"));
        }
        if (styles != null) {
            entries.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"" + MAIN_NS + "\">" + styles + "</styleSheet>"));
        }
        entries.putAll(extra);
        return entries;
    }

    Path writeTo(Path file) throws IOException {
        return Zips.write(file, entries());
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>""");
        override(xml, "/xl/workbook.xml", mainContentType);
        override(xml, "/xl/worksheets/sheet1.xml", XSSFRelation.WORKSHEET.getContentType());
        if (sharedStrings != null) {
            override(xml, "/xl/sharedStrings.xml", XSSFRelation.SHARED_STRINGS.getContentType());
        }
        if (styles != null) {
            override(xml, "/xl/styles.xml", XSSFRelation.STYLES.getContentType());
        }
        return xml.append("</Types>").toString();
    }

    private static void override(StringBuilder xml, String part, String type) {
        xml.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    private String workbookRelationships() {
        String prefix = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        xml.append("<Relationship Id=\"rId1\" Type=\"").append(prefix).append("worksheet\" ")
                .append("Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            xml.append("<Relationship Id=\"rId2\" Type=\"").append(prefix).append("sharedStrings\" ")
                    .append("Target=\"sharedStrings.xml\"/>");
        }
        if (styles != null) {
            xml.append("<Relationship Id=\"rId3\" Type=\"").append(prefix).append("styles\" ")
                    .append("Target=\"styles.xml\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    /** An inline-string cell. */
    static String text(String reference, String value) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A row of inline-string cells starting in column A. */
    static String row(int number, String... values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < values.length; i++) {
            xml.append(text((char) ('A' + i) + String.valueOf(number), values[i]));
        }
        return xml.append("</row>").toString();
    }
}
