package org.unionworks.shared.infrastructure;

import java.sql.Connection;
import java.util.logging.Logger;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies the Liquibase changelog to a connection: used at startup and by the migration tests. */
public final class LiquibaseMigrations {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(LiquibaseMigrations.class.getName());

    private LiquibaseMigrations() {
    }

    public static void apply(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase(CHANGELOG,
                new ClassLoaderResourceAccessor(LiquibaseMigrations.class.getClassLoader()), database)) {
            liquibase.update(new Contexts(), new LabelExpression());
            LOG.info(() -> "schema up to date on " + database.getDatabaseProductName());
        } catch (LiquibaseException e) {
            throw e;
        } catch (Exception e) {
            throw new LiquibaseException(e);
        }
    }
}
