package org.unionworks.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** What the benchmark harnesses share: the sections asked for, counts by SQL, the figures' format, the report file. */
final class Bench {

    static final String ALL_SECTIONS = "list,lookup,export,import,compliance,api,csv,roster";

    private Bench() {
    }

    /** The sections the run asks for ({@code unionworks.bench.sections}; all by default). */
    static List<String> sections() {
        return List.of(System.getProperty("unionworks.bench.sections", ALL_SECTIONS).split(","));
    }

    /** Whether the run asks for any of a harness's sections. */
    static boolean anyOf(List<String> own) {
        return sections().stream().anyMatch(own::contains);
    }

    /** Writes the report beside the registry's ({@code unionworks.bench.report}) under the file name given. */
    static void write(String fileName, CharSequence report) throws IOException {
        String registry = System.getProperty("unionworks.bench.report");
        if (registry != null) {
            Files.writeString(Path.of(registry).resolveSibling(fileName), report, StandardCharsets.UTF_8);
        }
    }

    static long count(DataSource dataSource, String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Whether the benchmark's server runs on PostgreSQL ({@code -Ppostgresql}) rather than the embedded H2. */
    static boolean onPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }

    /** The next value of a sequence, in the SQL of the database at hand (names come from code, never from input). */
    static String nextValue(Connection c, String sequence) throws SQLException {
        return onPostgres(c) ? "nextval('" + sequence + "')" : "NEXT VALUE FOR " + sequence;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
