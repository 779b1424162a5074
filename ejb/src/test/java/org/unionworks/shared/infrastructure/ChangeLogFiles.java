package org.unionworks.shared.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The changesets the changelog declares, read straight from its XML, so the tests expect what the
 * files say rather than a hand-kept list. Knows {@code include} only: anything else that would pull
 * in changesets fails loudly instead of being missed.
 */
final class ChangeLogFiles {

    /** A changeset as Liquibase identifies it in DATABASECHANGELOG. */
    record ChangeSetRef(String id, String author, String file) {
    }

    private ChangeLogFiles() {
    }

    /** The changesets that run on the database Liquibase calls {@code dbms} (h2, postgresql, oracle), in order. */
    static Set<ChangeSetRef> changeSetsFor(String dbms) {
        Set<ChangeSetRef> refs = new LinkedHashSet<>();
        Element master = parse(LiquibaseMigrations.CHANGELOG).getDocumentElement();
        if (master.getElementsByTagName("includeAll").getLength() > 0
                || master.getElementsByTagName("changeSet").getLength() > 0) {
            throw new IllegalStateException("the master changelog holds more than <include>s: teach ChangeLogFiles");
        }
        NodeList includes = master.getElementsByTagName("include");
        for (int i = 0; i < includes.getLength(); i++) {
            Element include = (Element) includes.item(i);
            if (Boolean.parseBoolean(include.getAttribute("relativeToChangelogFile"))) {
                throw new IllegalStateException("relative includes: teach ChangeLogFiles");
            }
            String file = include.getAttribute("file");
            NodeList changeSets = parse(file).getDocumentElement().getElementsByTagName("changeSet");
            for (int j = 0; j < changeSets.getLength(); j++) {
                Element changeSet = (Element) changeSets.item(j);
                if (appliesTo(changeSet.getAttribute("dbms"), dbms)) {
                    refs.add(new ChangeSetRef(changeSet.getAttribute("id"), changeSet.getAttribute("author"), file));
                }
            }
        }
        if (refs.isEmpty()) {
            throw new IllegalStateException("no changeset found for " + dbms);
        }
        return refs;
    }

    private static boolean appliesTo(String dbmsAttribute, String dbms) {
        if (dbmsAttribute == null || dbmsAttribute.isBlank()) {
            return true;
        }
        List<String> entries = Arrays.stream(dbmsAttribute.toLowerCase(Locale.ROOT).split(","))
                .map(String::strip).toList();
        if (entries.contains("all") || entries.contains(dbms)) {
            return true;
        }
        boolean onlyExclusions = entries.stream().allMatch(e -> e.startsWith("!"));
        return onlyExclusions && !entries.contains("!" + dbms);
    }

    private static Document parse(String resource) {
        try (InputStream in = ChangeLogFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    static List<String> ids(Set<ChangeSetRef> refs) {
        List<String> ids = new ArrayList<>();
        refs.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
