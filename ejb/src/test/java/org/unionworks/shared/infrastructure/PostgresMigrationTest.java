package org.unionworks.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The changelog on a real PostgreSQL server (zonky's embedded binaries). Not skipped when the
 * server cannot start: the failure in {@code startDatabase} fails every test of the class, so CI
 * cannot lose these checks silently. (As root, zonky runs initdb under {@code unshare -U}; its
 * error output reaches the build log through slf4j-simple.)
 */
class PostgresMigrationTest extends MigrationContract {

    private EmbeddedPostgres postgres;

    @Override
    protected DataSource startDatabase() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        return postgres.getPostgresDatabase();
    }

    @AfterAll
    void stopServer() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected String dbms() {
        return "postgresql";
    }

    @Override
    protected String timestampWithTimeZoneTypeName() {
        return "timestamptz";
    }

    @Override
    protected String booleanTypeName() {
        return "bool";
    }

    @Test
    void theAppendOnlyTriggerGuardsUpdateAndDelete() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(Set.of("BEFORE DELETE", "BEFORE UPDATE"), new TreeSet<>(lines(c,
                    "SELECT action_timing || ' ' || event_manipulation FROM information_schema.triggers"
                            + " WHERE trigger_name = 'trg_audit_event_append_only'"
                            + " AND event_object_table = 'audit_event'")));
        }
    }

    @Test
    void auditRowsCanBeAppendedButNeverChangedOrRemoved() throws SQLException {
        inRolledBackTransaction(c -> {
            assertEquals(1, update(c, "INSERT INTO audit_event (id, occurred_at, actor, action, outcome)"
                    + " VALUES (1, CURRENT_TIMESTAMP, 'zhangsan', 'LOGIN', 'SUCCESS')"));

            SQLException updateRefused = expectFailure(c, "UPDATE audit_event SET outcome = 'X'");
            assertTrue(updateRefused.getMessage().contains("append-only"), updateRefused.getMessage());
            SQLException deleteRefused = expectFailure(c, "DELETE FROM audit_event");
            assertTrue(deleteRefused.getMessage().contains("append-only"), deleteRefused.getMessage());

            assertEquals(1, queryLong(c, "SELECT COUNT(*) FROM audit_event WHERE id = 1 AND outcome = 'SUCCESS'"));
        });
    }

    /**
     * Every jurisdiction query is {@code tree_path LIKE 'subtree%'}; PostgreSQL makes that an index range only under
     * the bytewise "C" collation, and zonky's database (like most) is created with another (C.UTF-8 here).
     */
    @Test
    void treePathsCompareBytewiseSoThatASubtreeIsAnIndexRange() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(Set.of("activist C", "import_job C", "org_unit C", "post C", "posting C", "professional C",
                    "social_org C", "training_course C", "training_plan C"), new TreeSet<>(lines(c,
                    "SELECT table_name || ' ' || COALESCE(collation_name, '(database default)')"
                            + " FROM information_schema.columns"
                            + " WHERE table_schema = current_schema() AND column_name = 'tree_path'")));
        }

        inRolledBackTransaction(c -> {
            update(c, "SET LOCAL enable_seqscan = off");
            String plan = String.join("\n", lines(c,
                    "EXPLAIN SELECT COUNT(*) FROM professional WHERE tree_path LIKE '/1/20/%' AND status = 'ACTIVE'"));
            assertTrue(plan.contains("tree_path >= '/1/20/'"), plan);
        });
    }

    /** The first column of every row a query returns, in its order. */
    private static List<String> lines(Connection c, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
