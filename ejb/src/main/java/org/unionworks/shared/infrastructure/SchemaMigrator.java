package org.unionworks.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.exception.LiquibaseException;

/**
 * Brings the schema up to the changelog before anything else touches the database. The
 * changelog is the only source of the schema; EclipseLink generates no DDL.
 */
@Singleton
@Startup
@DenyAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    @Resource(lookup = "java:jboss/datasources/UnionWorksDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            LiquibaseMigrations.apply(connection);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("schema migration failed; the application will not start", e);
        }
    }
}
