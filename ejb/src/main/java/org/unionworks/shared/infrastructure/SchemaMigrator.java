package org.unionworks.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to the changelog before anything else touches the database. The
 * changelog is the only source of the schema; EclipseLink generates no DDL.
 */
@Singleton
@Startup
@DenyAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("schema migration failed; the application will not start", e);
        }
    }

    /** Also used by the migration tests against H2 and PostgreSQL. */
    public static void migrate(Connection connection) throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase(CHANGELOG,
                new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader()), database)) {
            liquibase.update(new Contexts(), new LabelExpression());
            LOG.info(() -> "schema up to date on " + database.getDatabaseProductName());
        } catch (Exception e) {
            if (e instanceof LiquibaseException le) {
                throw le;
            }
            throw new LiquibaseException(e);
        }
    }
}
