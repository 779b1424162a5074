package org.unionworks.shared.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;

/** The changelog on H2, the version WildFly 39 ships (the embedded demo database). */
class H2MigrationTest extends MigrationContract {

    private JdbcDataSource h2;

    @Override
    protected DataSource startDatabase() {
        h2 = new JdbcDataSource();
        // a name of its own: no other test class can see or leave behind this database
        h2.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Override
    protected String dbms() {
        return "h2";
    }

    @Override
    protected String timestampWithTimeZoneTypeName() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    protected String booleanTypeName() {
        return "BOOLEAN";
    }
}
