package org.unionworks.shared.infrastructure.spreadsheet;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/** SAX readers for parts of uploaded workbooks. */
final class SecureSax {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureSax() {
    }

    /**
     * POI's hardened reader (no external entities, entity expansion capped) that also refuses any DOCTYPE: a
     * workbook never has one, and the guard has refused such parts already, so this only matters if a part
     * reached the parser without passing the guard.
     */
    static XMLReader newReader(ContentHandler handler) throws SAXException {
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("SAX parser cannot be configured", e);
        }
        try {
            reader.setFeature(DISALLOW_DOCTYPE, true);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // a parser without the Xerces feature still has POI's hardening
        }
        reader.setContentHandler(handler);
        return reader;
    }
}
