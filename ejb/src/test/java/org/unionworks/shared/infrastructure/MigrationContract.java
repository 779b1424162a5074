package org.unionworks.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unionworks.education.infrastructure.SqlComplianceStatistics;
import org.unionworks.education.model.ProvincialCreditTable;
import org.unionworks.organization.model.DivisionCode;
import org.unionworks.organization.model.OrgScope;
import org.unionworks.shared.infrastructure.ChangeLogFiles.ChangeSetRef;
import org.unionworks.shared.infrastructure.MappedColumns.MappedColumn;
import org.w3c.dom.NodeList;

/**
 * What the changelog must leave behind on every database the application runs on. A subclass
 * supplies a fresh, empty database; this class migrates it twice (as two application starts
 * would) and checks the result through JDBC metadata and through the constraints' behaviour.
 * Tests that write rows do so in a transaction they roll back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationContract {

    /** Liquibase logs every step at INFO through java.util.logging; the build log needs its warnings only. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private DataSource dataSource;
    private List<ChangeLogRow> afterFirstRun;
    private List<ChangeLogRow> afterSecondRun;

    /** One row of DATABASECHANGELOG. */
    record ChangeLogRow(String id, String author, String filename, String md5sum, String exectype,
                        int orderExecuted, Object dateExecuted) {

        ChangeSetRef ref() {
            return new ChangeSetRef(id, author, filename);
        }
    }

    /** Column facts as DatabaseMetaData reports them. */
    record ColumnInfo(String typeName, int dataType, int size, boolean nullable) {
    }

    /** Starts (if need be) an empty database; called once, before the migrations. */
    protected abstract DataSource startDatabase() throws Exception;

    /** Liquibase's short name of the database: h2, postgresql. */
    protected abstract String dbms();

    /** The type name DatabaseMetaData reports for a TIMESTAMP WITH TIME ZONE column. */
    protected abstract String timestampWithTimeZoneTypeName();

    /** The type name DatabaseMetaData reports for a BOOLEAN column. */
    protected abstract String booleanTypeName();

    @BeforeAll
    final void migrateTwice() throws Exception {
        dataSource = startDatabase();
        migrate();
        afterFirstRun = changeLog();
        migrate();
        afterSecondRun = changeLog();
    }

    private void migrate() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // Liquibase writes its progress and summary to stdout unless told to use its logger
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                    "liquibase.command.showSummaryOutput", "LOG"), () -> LiquibaseMigrations.apply(c));
        }
    }

    protected final Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Test
    void everyChangeSetForThisDatabaseRanExactlyOnce() {
        Set<ChangeSetRef> recorded = new LinkedHashSet<>();
        afterFirstRun.forEach(row -> assertTrue(recorded.add(row.ref()), "recorded twice: " + row));
        assertEquals(ChangeLogFiles.changeSetsFor(dbms()), recorded);
        afterFirstRun.forEach(row -> assertEquals("EXECUTED", row.exectype(), row.id()));
    }

    @Test
    void aSecondRunChangesNothing() {
        assertEquals(afterFirstRun, afterSecondRun);
    }

    @Test
    void theTablesExist() throws SQLException {
        try (Connection c = connect()) {
            for (String table : List.of("org_unit", "app_user", "app_user_role", "audit_event")) {
                assertFalse(columns(c, table).isEmpty(), "table " + table);
            }
        }
    }

    @Test
    void theRegistryListHasAnIndexPerCommonFilterLeadingWithTheFilterThenTheSubtreeThenTheName() throws SQLException {
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, List<String>> indexes = new HashMap<>();
            try (ResultSet rs = meta.getIndexInfo(c.getCatalog(), c.getSchema(), identifier(meta, "professional"), false,
                    false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    if (name != null && rs.getString("COLUMN_NAME") != null) {
                        List<String> columns = indexes.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>());
                        int position = rs.getInt("ORDINAL_POSITION");
                        while (columns.size() < position) {
                            columns.add(null);
                        }
                        columns.set(position - 1, rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertEquals(List.of("status", "tree_path", "full_name"), indexes.get("ix_professional_status_path"));
            assertEquals(List.of("employment_mode", "tree_path", "full_name"), indexes.get("ix_professional_mode_path"));
            assertEquals(List.of("service_field", "tree_path", "full_name"), indexes.get("ix_professional_field_path"));
            // a labour department's jurisdiction: one division equality, then the key, and the status to test (013);
            // for a province or a city also what the compliance groups by and scopes by, so it reads no row (015)
            assertEquals(List.of("province_code", "id", "status", "org_unit_id", "tree_path"),
                    indexes.get("ix_professional_province"));
            assertEquals(List.of("city_code", "id", "status", "org_unit_id", "tree_path"),
                    indexes.get("ix_professional_city"));
            assertEquals(List.of("county_code", "id", "status"), indexes.get("ix_professional_county"));
            // and the nation's active people in key order, for the same (015)
            assertEquals(List.of("status", "id", "org_unit_id", "tree_path"), indexes.get("ix_professional_status_units"));
        }
    }

    @Test
    void theSequencesStartAt1000AndStepByTheJpaAllocationSize() throws SQLException {
        // DatabaseMetaData has no portable view of sequences; the SQL-standard information schema does
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement(
                "SELECT start_value, increment FROM information_schema.sequences"
                        + " WHERE LOWER(sequence_name) = ? AND LOWER(sequence_schema) = ?")) {
            for (String sequence : List.of("org_unit_seq", "app_user_seq", "audit_event_seq")) {
                q.setString(1, sequence);
                q.setString(2, c.getSchema().toLowerCase(Locale.ROOT));
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "sequence " + sequence);
                    assertEquals("1000", rs.getString(1), sequence + " start");
                    assertEquals("50", rs.getString(2), sequence + " increment");
                }
            }
        }
    }

    @Test
    void orgUnitKeyColumns() throws SQLException {
        try (Connection c = connect()) {
            Map<String, ColumnInfo> cols = columns(c, "org_unit");
            assertColumn(cols, "id", Types.BIGINT, false);
            assertColumn(cols, "parent_id", Types.BIGINT, true);
            assertText(cols, "tree_path", 1000, false);
            assertText(cols, "name", 200, false);
            assertEquals(Types.CHAR, cols.get("division_code").dataType(), "division_code is CHAR");
            assertEquals(6, cols.get("division_code").size(), "division_code size");
            assertTimestampWithTimeZone(cols, "created_at", false);
            assertEquals(List.of("id"), primaryKey(c, "org_unit"));
        }
    }

    @Test
    void appUserKeyColumns() throws SQLException {
        try (Connection c = connect()) {
            Map<String, ColumnInfo> cols = columns(c, "app_user");
            assertText(cols, "username", 64, false);
            assertText(cols, "display_name", 100, false);
            assertColumn(cols, "org_unit_id", Types.BIGINT, false);
            assertEquals(booleanTypeName(), cols.get("enabled").typeName(), "enabled type");
            assertTimestampWithTimeZone(cols, "locked_until", true);
            assertTimestampWithTimeZone(cols, "password_changed_at", false);
            assertEquals(List.of("id"), primaryKey(c, "app_user"));
            assertEquals(List.of("role_name", "user_id"),
                    primaryKey(c, "app_user_role").stream().sorted().toList());
        }
    }

    @Test
    void auditEventKeyColumns() throws SQLException {
        try (Connection c = connect()) {
            Map<String, ColumnInfo> cols = columns(c, "audit_event");
            assertTimestampWithTimeZone(cols, "occurred_at", false);
            assertText(cols, "action", 48, false);
            assertText(cols, "outcome", 16, false);
            assertText(cols, "detail", 500, true);
            assertEquals(List.of("id"), primaryKey(c, "audit_event"));
        }
    }

    @Test
    void everyColumnTheJpaMappingsNameExistsWithRoomForItsValues() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = connect()) {
            Map<String, Map<String, ColumnInfo>> tables = new HashMap<>();
            for (MappedColumn mapped : MappedColumns.ofPersistenceUnit()) {
                ColumnInfo actual = tables.computeIfAbsent(mapped.table(), t -> columnsUnchecked(c, t))
                        .get(mapped.column().toLowerCase(Locale.ROOT));
                if (actual == null) {
                    problems.add(mapped.owner() + ": no column " + mapped.table() + "." + mapped.column());
                    continue;
                }
                if (mapped.length() > actual.size()) {
                    problems.add(mapped.owner() + ": needs " + mapped.length() + " characters, "
                            + mapped.table() + "." + mapped.column() + " holds " + actual.size());
                }
                if (mapped.required() && actual.nullable()) {
                    problems.add(mapped.owner() + ": nullable=false but " + mapped.column() + " accepts NULL");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void usernamesAreUnique() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            insertUser(c, 1, "zhangsan", 1);
            SQLException duplicate = expectFailure(c, "INSERT INTO app_user (id, username, display_name, org_unit_id,"
                    + " password_hash, password_changed_at, created_at) SELECT 2, username, display_name, org_unit_id,"
                    + " password_hash, password_changed_at, created_at FROM app_user WHERE id = 1");
            assertEquals("23505", duplicate.getSQLState(), duplicate.toString());
            insertUser(c, 3, "lisi", 1);
        });
    }

    @Test
    void treePathsAreUnique() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            SQLException duplicate = expectFailure(c, "INSERT INTO org_unit (id, unit_type, name, division_code,"
                    + " tree_path, depth, created_at, valid_from) SELECT 2, unit_type, name, division_code, tree_path, depth,"
                    + " created_at, valid_from FROM org_unit WHERE id = 1");
            assertEquals("23505", duplicate.getSQLState(), duplicate.toString());
        });
    }

    @Test
    void anAccountNeedsAnExistingOrgUnitAndTakesItsRolesWithItWhenDeleted() throws SQLException {
        inRolledBackTransaction(c -> {
            SQLException orphan = expectFailure(c, "INSERT INTO app_user (id, username, display_name, org_unit_id,"
                    + " password_hash, password_changed_at, created_at)"
                    + " VALUES (1, 'zhangsan', 'x', 999, 'x', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            // class 23, integrity constraint violation (PostgreSQL says 23503, H2 its own 23506)
            assertTrue(orphan.getSQLState().startsWith("23"), orphan.toString());

            insertOrgUnit(c, 1, "/1/");
            insertUser(c, 1, "zhangsan", 1);
            update(c, "INSERT INTO app_user_role (user_id, role_name) VALUES (1, 'UNION_OFFICIAL')");
            update(c, "INSERT INTO app_user_role (user_id, role_name) VALUES (1, 'FINANCE')");
            assertEquals(2, queryLong(c, "SELECT COUNT(*) FROM app_user_role WHERE user_id = 1"));
            update(c, "DELETE FROM app_user WHERE id = 1");
            assertEquals(0, queryLong(c, "SELECT COUNT(*) FROM app_user_role WHERE user_id = 1"));
        });
    }

    @Test
    void columnDefaultsMatchANewEntity() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            insertUser(c, 1, "zhangsan", 1);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT enabled, failed_attempts, version FROM app_user WHERE id = 1")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1), "enabled");
                assertEquals(0, rs.getInt(2), "failed_attempts");
                assertEquals(0, rs.getLong(3), "version");
            }
            assertEquals(0, queryLong(c, "SELECT version FROM org_unit WHERE id = 1"));
        });
    }

    @Test
    void timestampsKeepTheirInstant() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT created_at FROM org_unit WHERE id = 1")) {
                assertTrue(rs.next());
                OffsetDateTime read = rs.getObject(1, OffsetDateTime.class);
                assertNotNull(read);
                assertEquals(NOW.toInstant(), read.toInstant());
            }
        });
    }

    @Test
    void aPersonIsRegisteredOnceAndOnlyPurchasedServiceStaffNameAnEmployer() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            insertProfessional(c, 1, "hash-1", "DIRECT_HIRE", null);
            SQLException twice = expectFailure(c, professionalInsert(2, "hash-1", "DIRECT_HIRE", "NULL"));
            assertNotNull(twice);
            expectFailure(c, professionalInsert(3, "hash-3", "PURCHASED_SERVICE", "NULL"));
            update(c, "INSERT INTO social_org (id, name, credit_code, supervising_unit_id, tree_path, registered_on,"
                    + " status, status_since, created_at) VALUES (1, '心悦职工服务中心', '52360100MJA000001X', 1, '/1/',"
                    + " DATE '2015-01-01', 'ACTIVE', DATE '2015-01-01', CURRENT_TIMESTAMP)");
            expectFailure(c, professionalInsert(4, "hash-4", "DIRECT_HIRE", "1"));
            insertProfessional(c, 5, "hash-5", "PURCHASED_SERVICE", 1L);
            assertEquals(2, queryLong(c, "SELECT COUNT(*) FROM professional"));
        });
    }

    /**
     * Liquibase 013 fills each professional's copy of the divisions their unit's code lies in, one per level: the
     * same as {@link DivisionCode#at} gives the application when it places a person. Run again here over people of
     * units at every level (the changeset itself met an empty table).
     */
    @Test
    void theDivisionsBackfillGivesWhatTheApplicationWouldAtEveryLevel() throws Exception {
        String backfill = changeSetSql("db/changelog/013-professional-divisions.xml");
        inRolledBackTransaction(c -> {
            List<String> codes = List.of("100000", "360000", "360100", "360102", "110101");
            for (int i = 0; i < codes.size(); i++) {
                insertOrgUnit(c, i + 1, "/" + (i + 1) + "/");
                update(c, "UPDATE org_unit SET division_code = '" + codes.get(i) + "' WHERE id = " + (i + 1));
                insertProfessional(c, i + 1, "hash-" + i, "DIRECT_HIRE", null);
                update(c, "UPDATE professional SET org_unit_id = " + (i + 1) + " WHERE id = " + (i + 1));
            }
            update(c, backfill);
            for (int i = 0; i < codes.size(); i++) {
                DivisionCode code = DivisionCode.of(codes.get(i));
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT province_code, city_code, county_code FROM professional WHERE id = " + (i + 1))) {
                    assertTrue(rs.next());
                    assertEquals(valueOf(code.at(DivisionCode.Level.PROVINCE)), trimmed(rs.getString(1)), codes.get(i));
                    assertEquals(valueOf(code.at(DivisionCode.Level.CITY)), trimmed(rs.getString(2)), codes.get(i));
                    assertEquals(valueOf(code.at(DivisionCode.Level.COUNTY)), trimmed(rs.getString(3)), codes.get(i));
                }
            }
        });
    }

    /**
     * The compliance's two statements as the application runs them ({@link SqlComplianceStatistics}): an outer join
     * made inner, a row compared with a sub-query's row, a MERGE, decimals typed by CAST. On this database they count
     * a unit's people in a cycle, keep their hours, read them back, and notice an activity added since.
     */
    @Test
    void theComplianceStatementsCountKeepAndNoticeANewActivity() throws SQLException {
        OrgScope scope = OrgScope.of("/1/");
        DivisionCode province = DivisionCode.of("360000");
        LocalDate date = LocalDate.of(2026, 3, 1);
        ProvincialCreditTable credits = ProvincialCreditTable.JIANGXI;
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            for (long id = 1; id <= 3; id++) {
                insertProfessional(c, id, "hash-c" + id, "DIRECT_HIRE", null);
            }
            update(c, "UPDATE professional SET province_code = '360000'");
            // 1: in a cycle, 60 hours of training and a core-journal paper (80); 2: an assistant due on 1 May with
            // 20 hours (a failed training does not count); 3: the cycle ended before the date
            update(c, standing(1, "SOCIAL_WORKER", "2025-01-01", "2028-01-01"));
            update(c, standing(2, "ASSISTANT", "2023-06-01", "2026-05-01"));
            update(c, standing(3, "SOCIAL_WORKER", "2020-01-01", "2023-01-01"));
            update(c, activity(1, 1, "TRAINING", "2025-06-01", "60", true, null));
            update(c, activity(2, 1, "PAPER", "2025-09-01", null, true, "'CORE_JOURNAL_PAPER_3000'"));
            update(c, activity(3, 2, "TRAINING", "2024-01-01", "30", false, null));
            update(c, activity(4, 2, "TRAINING", "2024-02-01", "20", true, null));
            update(c, activity(5, 3, "TRAINING", "2022-02-01", "90", true, null));

            SqlComplianceStatistics.Statement counting = SqlComplianceStatistics.counting(scope, province, date, 90,
                    credits);
            // unit, in a cycle, compliant, short and due soon, hours missing, computed in place
            assertEquals(List.of(1L, 2L, 1L, 1L, 52L, 2L), unitFigures(c, counting));
            assertEquals(2, executeUpdate(c, SqlComplianceStatistics.keeping(scope, province, date, credits)));
            assertEquals(List.of(1L, 2L, 1L, 1L, 52L, 0L), unitFigures(c, counting), "read from the kept rows");
            assertEquals(0, executeUpdate(c, SqlComplianceStatistics.keeping(scope, province, date, credits)),
                    "nothing left to keep");

            update(c, activity(6, 2, "TRAINING", "2025-02-01", "60", true, null));
            assertEquals(List.of(1L, 2L, 2L, 0L, 0L, 1L), unitFigures(c, counting), "the new activity counts at once");
        });
    }

    private static String standing(long id, String level, String from, String until) {
        return "INSERT INTO certification_standing (professional_id, cert_level, registration_status, registered_from,"
                + " registered_until, changed_at) VALUES (" + id + ", '" + level + "', 'COMPLETED', DATE '" + from
                + "', DATE '" + until + "', CURRENT_TIMESTAMP)";
    }

    private static String activity(long id, long professional, String kind, String on, String hours, boolean passed,
                                   String rule) {
        return "INSERT INTO education_activity (id, professional_id, kind, title, completed_on, hours, passed,"
                + " credit_rule, created_by, created_at) VALUES (" + id + ", " + professional + ", '" + kind
                + "', '继续教育', DATE '" + on + "', " + hours + ", " + passed + ", " + rule
                + ", 'official', CURRENT_TIMESTAMP)";
    }

    /** The counting statement's one row: the unit's id and its figures, the hours as a whole number. */
    private static List<Long> unitFigures(Connection c, SqlComplianceStatistics.Statement counting)
            throws SQLException {
        try (PreparedStatement ps = run(c, counting); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "one unit");
            List<Long> figures = List.of(rs.getLong(1), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                    rs.getBigDecimal(7).longValueExact(), rs.getLong(8));
            assertFalse(rs.next(), "one unit only");
            return figures;
        }
    }

    private static int executeUpdate(Connection c, SqlComplianceStatistics.Statement statement) throws SQLException {
        try (PreparedStatement ps = run(c, statement)) {
            return ps.executeUpdate();
        }
    }

    /** The statement prepared through JDBC: each numbered placeholder becomes a plain one bound to its value. */
    private static PreparedStatement run(Connection c, SqlComplianceStatistics.Statement statement)
            throws SQLException {
        Matcher placeholder = Pattern.compile("\\?(\\d+)").matcher(statement.sql());
        List<Object> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        while (placeholder.find()) {
            values.add(statement.values().get(Integer.parseInt(placeholder.group(1)) - 1));
            placeholder.appendReplacement(sql, "?");
        }
        placeholder.appendTail(sql);
        PreparedStatement ps = c.prepareStatement(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
        return ps;
    }

    private static String valueOf(DivisionCode code) {
        return code == null ? null : code.value();
    }

    private static String trimmed(String column) {
        return column == null ? null : column.strip();
    }

    /** The text of the one {@code <sql>} element of a changelog file on the class path. */
    private static String changeSetSql(String resource) throws Exception {
        try (InputStream in = MigrationContract.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            NodeList sql = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "sql");
            assertEquals(1, sql.getLength(), resource);
            return sql.item(0).getTextContent().strip();
        }
    }

    @Test
    void unitsAndTheirStatesEndAfterTheyBeginOneStateBeginsPerDayAndSuccessorsExist() throws SQLException {
        inRolledBackTransaction(c -> {
            insertOrgUnit(c, 1, "/1/");
            expectFailure(c, "UPDATE org_unit SET valid_to = valid_from WHERE id = 1");
            update(c, "UPDATE org_unit SET valid_to = DATE '2026-04-01', updated_by = 'official',"
                    + " updated_at = CURRENT_TIMESTAMP WHERE id = 1");
            insertOrgUnit(c, 2, "/2/");
            update(c, stateInsert(1, "DATE '2026-03-01'", "DATE '2026-04-01'", "NULL"));
            update(c, stateInsert(2, "DATE '2026-04-01'", "NULL", "2"));
            expectFailure(c, stateInsert(3, "DATE '2026-04-01'", "NULL", "NULL"));
            expectFailure(c, stateInsert(4, "DATE '2026-05-01'", "DATE '2026-05-01'", "NULL"));
            expectFailure(c, stateInsert(5, "DATE '2026-06-01'", "NULL", "999"));
            assertEquals(2, queryLong(c, "SELECT COUNT(*) FROM org_unit_state WHERE org_unit_id = 1"));
        });
    }

    private static String stateInsert(long id, String from, String to, String successor) {
        return "INSERT INTO org_unit_state (id, org_unit_id, valid_from, valid_to, name, division_code, change_type,"
                + " successor_id, recorded_at) VALUES (" + id + ", 1, " + from + ", " + to + ", '江西省总工会', '360000',"
                + " 'AMENDED', " + successor + ", CURRENT_TIMESTAMP)";
    }

    private static String professionalInsert(long id, String hash, String mode, String employer) {
        return "INSERT INTO professional (id, full_name, resident_id_enc, resident_id_hash, resident_id_masked,"
                + " resident_id_last4, birth_date, gender, education, category, employment_mode, employer_id,"
                + " org_unit_id, tree_path, status, joined_on, source, created_at, updated_at) VALUES (" + id
                + ", '张三', 'k1:x', '" + hash + "', '110***********002X', '002X', DATE '1949-12-31', 'FEMALE', '21',"
                + " 'SOCIAL_WORKER', '" + mode + "', " + employer + ", 1, '/1/', 'ACTIVE', DATE '2020-01-01', 'ENTERED',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    }

    private static void insertProfessional(Connection c, long id, String hash, String mode, Long employer)
            throws SQLException {
        update(c, professionalInsert(id, hash, mode, employer == null ? "NULL" : String.valueOf(employer)));
    }

    // ---- helpers for subclasses and the tests above ----

    @FunctionalInterface
    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    protected final void inRolledBackTransaction(SqlWork work) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    /** Runs a statement that must fail; rolls back to before it, as PostgreSQL aborts the transaction otherwise. */
    protected static SQLException expectFailure(Connection c, String sql) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            return assertThrows(SQLException.class, () -> update(c, sql), sql);
        } finally {
            c.rollback(before);
        }
    }

    protected static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    protected static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    protected static void insertOrgUnit(Connection c, long id, String path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO org_unit (id, unit_type, name, division_code,"
                + " tree_path, depth, created_at, valid_from) VALUES (?, 'PROVINCE', ?, '360000', ?, 0, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, "江西省总工会");
            s.setString(3, path);
            s.setObject(4, NOW);
            s.setObject(5, NOW.toLocalDate());
            s.executeUpdate();
        }
    }

    protected static void insertUser(Connection c, long id, String username, long orgUnitId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO app_user (id, username, display_name, org_unit_id,"
                + " password_hash, password_changed_at, created_at) VALUES (?, ?, ?, ?, 'x', ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, username);
            s.setString(3, "张三");
            s.setLong(4, orgUnitId);
            s.setObject(5, NOW);
            s.setObject(6, NOW);
            s.executeUpdate();
        }
    }

    private List<ChangeLogRow> changeLog() throws SQLException {
        List<ChangeLogRow> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, author, filename, md5sum, exectype, orderexecuted, dateexecuted"
                        + " FROM databasechangelog ORDER BY orderexecuted")) {
            while (rs.next()) {
                rows.add(new ChangeLogRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getObject(7)));
            }
        }
        return rows;
    }

    /** Columns by lower-case name; empty when the table does not exist. */
    protected static Map<String, ColumnInfo> columns(Connection c, String table) throws SQLException {
        Map<String, ColumnInfo> columns = new HashMap<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), identifier(meta, table), null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(
                        rs.getString("TYPE_NAME"), rs.getInt("DATA_TYPE"), rs.getInt("COLUMN_SIZE"),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return columns;
    }

    private static Map<String, ColumnInfo> columnsUnchecked(Connection c, String table) {
        try {
            return columns(c, table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), identifier(meta, table))) {
            while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return key;
    }

    /** Unquoted identifiers as the database stores them (H2: upper case, PostgreSQL: lower case). */
    protected static String identifier(DatabaseMetaData meta, String name) throws SQLException {
        if (meta.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static void assertColumn(Map<String, ColumnInfo> cols, String name, int dataType, boolean nullable) {
        ColumnInfo col = cols.get(name);
        assertNotNull(col, "column " + name);
        assertEquals(dataType, col.dataType(), name + " type " + col.typeName());
        assertEquals(nullable, col.nullable(), name + " nullable");
    }

    private static void assertText(Map<String, ColumnInfo> cols, String name, int size, boolean nullable) {
        ColumnInfo col = cols.get(name);
        assertNotNull(col, "column " + name);
        assertTrue(col.dataType() == Types.VARCHAR || col.dataType() == Types.NVARCHAR,
                name + " is variable-length text, not " + col.typeName());
        assertEquals(size, col.size(), name + " size");
        assertEquals(nullable, col.nullable(), name + " nullable");
    }

    private void assertTimestampWithTimeZone(Map<String, ColumnInfo> cols, String name, boolean nullable) {
        ColumnInfo col = cols.get(name);
        assertNotNull(col, "column " + name);
        assertEquals(timestampWithTimeZoneTypeName(), col.typeName(), name + " type");
        assertEquals(nullable, col.nullable(), name + " nullable");
    }
}
