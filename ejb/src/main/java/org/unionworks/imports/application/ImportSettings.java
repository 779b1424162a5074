package org.unionworks.imports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits of roster imports, from MicroProfile Config ({@code unionworks.import.*}). The upload limit must stay
 * below the web tier's request limits (see config/server-hardening.cli and web.xml's multipart-config).
 */
@ApplicationScoped
public class ImportSettings {

    private static final long MIB = 1024L * 1024L;

    @Inject
    @ConfigProperty(name = "unionworks.import.max-rows", defaultValue = "200000")
    int maxRows;

    @Inject
    @ConfigProperty(name = "unionworks.import.max-file-mb", defaultValue = "100")
    int maxFileMegabytes;

    @Inject
    @ConfigProperty(name = "unionworks.import.keep-hours", defaultValue = "24")
    int keepHours;

    /** Data rows a roster may have. */
    public int maxRows() {
        return maxRows;
    }

    public long maxFileBytes() {
        return maxFileMegabytes * MIB;
    }

    public int maxFileMegabytes() {
        return maxFileMegabytes;
    }

    /** How long a checked file waits for its commit before it is withdrawn and deleted. */
    public int keepHours() {
        return keepHours;
    }
}
