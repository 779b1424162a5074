package org.unionworks.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.unionworks.shared.infrastructure.ChangeLogFiles.ChangeSetRef;

/**
 * The Oracle 19c script that liquibase-maven-plugin renders offline in process-test-classes
 * (see ejb/pom.xml). No Oracle server runs in the build; this reads what a DBA would apply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleSqlRenderedTest {

    private static final Pattern CHANGELOG_INSERT = Pattern.compile(
            "INSERT INTO DATABASECHANGELOG \\(ID, AUTHOR, FILENAME,[^)]*\\) VALUES \\('([^']*)', '([^']*)', '([^']*)',");

    private String sql;

    @BeforeAll
    void readScript() throws IOException {
        Path script = Path.of(System.getProperty("unionworks.oracleSql", "target/liquibase/oracle-update.sql"));
        assertTrue(Files.isRegularFile(script),
                script.toAbsolutePath() + " is missing: it is rendered by `mvn process-test-classes` (ejb/pom.xml)");
        sql = Files.readString(script, StandardCharsets.UTF_8);
    }

    @Test
    void createsEveryTable() {
        for (String table : List.of("org_unit", "app_user", "app_user_role", "audit_event")) {
            assertContains("CREATE TABLE " + table + " (");
        }
    }

    @Test
    void createsTheSequencesWithTheJpaAllocationSize() {
        for (String sequence : List.of("org_unit_seq", "app_user_seq", "audit_event_seq")) {
            assertContains("CREATE SEQUENCE " + sequence + " START WITH 1000 INCREMENT BY 50;");
        }
    }

    @Test
    void usesOracle19Types() {
        assertContains("enabled NUMBER(1) DEFAULT 1 NOT NULL");
        assertFalse(Pattern.compile("\\bBOOLEAN\\b", Pattern.CASE_INSENSITIVE).matcher(sql).find(),
                "Oracle 19c has no BOOLEAN column type");
        assertContains("id NUMBER(38, 0) NOT NULL");
        assertContains("division_code CHAR(6) NOT NULL");
        assertContains("created_at TIMESTAMP WITH TIME ZONE NOT NULL");
        assertContains("occurred_at TIMESTAMP WITH TIME ZONE NOT NULL");
    }

    @Test
    void chineseTextColumnsAreNational() {
        assertContains("name NVARCHAR2(200) NOT NULL");
        assertContains("display_name NVARCHAR2(100) NOT NULL");
        assertContains("detail NVARCHAR2(500)");
    }

    @Test
    void theScriptIsUtf8() {
        assertContains("COMMENT ON TABLE org_unit IS 'Union bodies and service agencies (组织机构)';");
    }

    @Test
    void anAppendOnlyTriggerGuardsTheAuditTrail() {
        assertTrue(Pattern.compile("CREATE OR REPLACE TRIGGER trg_audit_event_append_only\\s+"
                        + "BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW\\s+BEGIN\\s+"
                        + "RAISE_APPLICATION_ERROR\\(-20001, 'audit_event is append-only'\\);\\s+END;\\s*\\n/\\s*\\n")
                .matcher(sql).find(), "trigger, terminated by a / line for SQL*Plus and SQLcl");
        assertFalse(sql.contains("plpgsql"), "the PostgreSQL trigger function must not be rendered for Oracle");
    }

    @Test
    void recordsExactlyTheOracleChangeSetsUnderTheNamesTheApplicationUses() {
        // The application migrates from the classpath; if the plugin named the files differently
        // (e.g. with a src/main/resources prefix), a database prepared from this script would be
        // migrated a second time at startup and fail.
        Set<ChangeSetRef> recorded = new LinkedHashSet<>();
        Matcher m = CHANGELOG_INSERT.matcher(sql);
        while (m.find()) {
            assertTrue(recorded.add(new ChangeSetRef(m.group(1), m.group(2), m.group(3))), "twice: " + m.group(1));
        }
        assertEquals(ChangeLogFiles.changeSetsFor("oracle"), recorded);
        assertContains("CREATE TABLE DATABASECHANGELOG (");
    }

    private void assertContains(String expected) {
        assertTrue(sql.contains(expected), () -> "the Oracle script lacks: " + expected);
    }
}
