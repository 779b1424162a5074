package org.unionworks.shared.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code [Content_Types].xml} of a package: which media type each part has. Part names and extensions are
 * compared ignoring case, as OPC (and POI) do.
 */
final class PackageContentTypes {

    static final String PART_NAME = "[Content_Types].xml";
    /** Main parts of the workbooks we read: .xlsx and .xltx (the macro-enabled ones are refused). */
    static final Set<String> SPREADSHEET_MAIN_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType());

    private final Map<String, String> byExtension = new HashMap<>();
    private final Map<String, String> byPartName = new HashMap<>();

    private PackageContentTypes() {
    }

    static PackageContentTypes parse(byte[] xml) throws IOException, SAXException {
        PackageContentTypes types = new PackageContentTypes();
        XMLReader reader = SecureSax.newReader(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String type = attributes.getValue("ContentType");
                if (type == null) {
                    return;
                }
                if ("Default".equals(localName) && attributes.getValue("Extension") != null) {
                    types.byExtension.put(lower(attributes.getValue("Extension")), type);
                } else if ("Override".equals(localName) && attributes.getValue("PartName") != null) {
                    types.byPartName.put(lower(withoutLeadingSlash(attributes.getValue("PartName"))), type);
                }
            }
        });
        reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        return types;
    }

    /** The media type of a zip entry, or null when the package declares none. */
    String of(String entryName) {
        String name = lower(withoutLeadingSlash(entryName));
        String type = byPartName.get(name);
        if (type != null) {
            return type;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? null : byExtension.get(name.substring(dot + 1));
    }

    /** Every media type declared, whether or not a part uses it. */
    Stream<String> declared() {
        return Stream.of(byExtension.values(), byPartName.values()).flatMap(Collection::stream);
    }

    private static String withoutLeadingSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
