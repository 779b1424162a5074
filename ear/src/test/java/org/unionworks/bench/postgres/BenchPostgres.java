package org.unionworks.bench.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The PostgreSQL server of a benchmark run on PostgreSQL ({@code ./mvnw -Pbenchmark,postgresql verify}): zonky's
 * embedded binaries from Maven Central, started before the first test class (so before Arquillian starts WildFly,
 * whose data source points at it) and stopped when the test JVM's session closes. Its data directory
 * ({@code bench.pg.dir}) outlives the build, as the H2 file does, because generating the nation takes minutes.
 * Without {@code bench.pg.dir} (every other run) it does nothing.
 *
 * <p>Settings are a modest dedicated server's, recorded in docs/benchmarks.md with the figures; the data source adds
 * {@code reWriteBatchedInserts=true} (config/datasource-postgresql.cli documents why).
 */
public final class BenchPostgres implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(BenchPostgres.class.getName());

    private EmbeddedPostgres server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("bench.pg.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("bench.pg.port", "15432"));
        try {
            Path data = Path.of(dir);
            Files.createDirectories(data.getParent());
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofMinutes(5))
                    .setServerConfig("shared_buffers", System.getProperty("bench.pg.shared-buffers", "1GB"))
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("max_connections", "120")
                    .setServerConfig("effective_cache_size", "8GB")
                    .setServerConfig("random_page_cost", "1.1")
                    .start();
            LOG.info(() -> "benchmark PostgreSQL on port " + port + ", data in " + data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the benchmark's PostgreSQL in " + dir, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warning(() -> "benchmark PostgreSQL did not stop cleanly: " + e);
            }
        }
    }
}
