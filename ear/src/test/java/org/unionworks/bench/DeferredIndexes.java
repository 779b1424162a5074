package org.unionworks.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The secondary indexes and unique constraints of some tables, dropped before a bulk load and built again after it,
 * as a database administrator loads a large table. On H2 (MVStore) every commit rewrites each index page it changed,
 * and a dozen indexes on random keys (blind indexes, names, the paths of random units) make that nearly every leaf
 * page of each: the load slows as the indexes grow (docs/benchmarks.md). Built once over the loaded rows, H2 sorts
 * them instead. Indexes that carry a foreign key or other constraint stay: H2 does not let them go, and their keys
 * (the parent's id) arrive nearly in order anyway.
 *
 * <p>Read from the catalogue (H2 2.x's INFORMATION_SCHEMA, PostgreSQL's pg_indexes and pg_constraint), so the load
 * follows whatever the migrations created. Names come from the catalogue, never from input, hence the plain
 * statements. PostgreSQL gives each definition back whole ({@code pg_get_indexdef}, {@code pg_get_constraintdef}), with
 * operator classes and collations, so the rebuilt index is the migrated one.
 */
final class DeferredIndexes {

    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class.getName());

    private final List<String> drop = new ArrayList<>();
    private final List<String> create = new ArrayList<>();

    private DeferredIndexes() {
    }

    /** Drops the tables' plain indexes and unique constraints; {@link #rebuild} puts them back. */
    static DeferredIndexes drop(Connection c, List<String> tables) throws SQLException {
        DeferredIndexes deferred = new DeferredIndexes();
        boolean postgres = Bench.onPostgres(c);
        for (String table : tables) {
            if (postgres) {
                deferred.collectPostgres(c, table);
            } else {
                deferred.collect(c, table.toUpperCase(Locale.ROOT));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String statement : deferred.drop) {
                s.execute(statement);
            }
        }
        c.commit();
        LOG.info(() -> "benchmark nation: deferred " + deferred.create.size() + " indexes of " + tables);
        return deferred;
    }

    /** Builds every dropped index and constraint again over the loaded rows. */
    void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : create) {
                long started = System.nanoTime();
                s.execute(statement);
                c.commit();
                long ms = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "benchmark nation: " + ms + " ms for " + statement);
            }
        }
    }

    List<String> statements() {
        return List.copyOf(create);
    }

    private void collect(Connection c, String table) throws SQLException {
        String uniques = "SELECT c.constraint_name, k.column_name FROM information_schema.table_constraints c"
                + " JOIN information_schema.key_column_usage k ON k.constraint_schema = c.constraint_schema"
                + " AND k.constraint_name = c.constraint_name"
                + " WHERE c.table_schema = SCHEMA() AND c.table_name = ? AND c.constraint_type = 'UNIQUE'"
                + " ORDER BY c.constraint_name, k.ordinal_position";
        for (Map.Entry<String, List<String>> u : grouped(c, uniques, table).entrySet()) {
            drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + u.getKey());
            create.add("ALTER TABLE " + table + " ADD CONSTRAINT " + u.getKey() + " UNIQUE ("
                    + String.join(", ", u.getValue()) + ")");
        }
        String plain = "SELECT i.index_name, ic.column_name || CASE WHEN ic.ordering_specification = 'DESC'"
                + " THEN ' DESC' ELSE '' END FROM information_schema.indexes i"
                + " JOIN information_schema.index_columns ic ON ic.index_schema = i.index_schema"
                + " AND ic.index_name = i.index_name"
                + " WHERE i.table_schema = SCHEMA() AND i.table_name = ? AND i.index_type_name = 'INDEX'"
                + " AND i.is_generated = FALSE AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints t"
                + " WHERE t.index_schema = i.index_schema AND t.index_name = i.index_name)"
                + " ORDER BY i.index_name, ic.ordinal_position";
        for (Map.Entry<String, List<String>> i : grouped(c, plain, table).entrySet()) {
            drop.add("DROP INDEX " + i.getKey());
            create.add("CREATE INDEX " + i.getKey() + " ON " + table + " (" + String.join(", ", i.getValue()) + ")");
        }
    }

    private void collectPostgres(Connection c, String table) throws SQLException {
        String uniques = "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = to_regclass(?) AND contype = 'u' ORDER BY conname";
        for (Map.Entry<String, List<String>> u : grouped(c, uniques, table).entrySet()) {
            drop.add("ALTER TABLE " + table + " DROP CONSTRAINT " + u.getKey());
            create.add("ALTER TABLE " + table + " ADD CONSTRAINT " + u.getKey() + " " + u.getValue().get(0));
        }
        String plain = "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
                + " AND i.tablename = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname"
                + " AND k.conrelid = to_regclass(i.tablename)) ORDER BY i.indexname";
        for (Map.Entry<String, List<String>> i : grouped(c, plain, table).entrySet()) {
            drop.add("DROP INDEX " + i.getKey());
            create.add(i.getValue().get(0));
        }
    }

    private static Map<String, List<String>> grouped(Connection c, String sql, String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return columns;
    }
}
