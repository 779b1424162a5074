package org.unionworks.organization.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.unionworks.organization.application.OrganizationSettings;
import org.unionworks.organization.model.DivisionCatalogue;
import org.unionworks.organization.model.DivisionEntry;

/**
 * Loads the GB/T 2260 editions into the {@code division} table at start-up, each only once:
 * the editions shipped in {@code reference/gbt2260/} (an extract: all provinces and all of
 * Jiangxi), and the full official list of a real installation from the file named by
 * {@code unionworks.divisions.file} as edition {@code unionworks.divisions.edition}. A damaged
 * file stops the start with its line number instead of leaving half an edition behind.
 */
@Singleton
@Startup
@DenyAll
@DependsOn("SchemaMigrator")
public class ShippedDivisionEditions {

    /** Editions in {@code reference/gbt2260/<edition>.txt}; a new one is added here and as a file. */
    static final List<String> SHIPPED = List.of("2023");

    private static final String RESOURCE = "/reference/gbt2260/%s.txt";
    private static final Logger LOG = Logger.getLogger(ShippedDivisionEditions.class.getName());

    @Inject
    DivisionCatalogue catalogue;

    @Inject
    OrganizationSettings settings;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadEditions() {
        String configuredEdition = settings.divisionEdition();
        settings.divisionFile().ifPresent(file -> {
            if (!catalogue.hasEdition(configuredEdition)) {
                try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                    load(configuredEdition, file, reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the division catalogue " + file, e);
                }
            }
        });
        for (String edition : SHIPPED) {
            if (catalogue.hasEdition(edition)) {
                continue;
            }
            String resource = String.format(RESOURCE, edition);
            try (InputStream in = ShippedDivisionEditions.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the application");
                }
                load(edition, "classpath:" + resource, new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void load(String edition, String source, Reader text) {
        List<DivisionEntry> entries = DivisionCatalogueParser.parse(text);
        catalogue.addEdition(edition, source, entries);
        LOG.info(() -> "GB/T 2260 edition " + edition + " loaded: " + entries.size() + " divisions from " + source);
    }
}
