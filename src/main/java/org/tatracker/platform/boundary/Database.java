package org.tatracker.platform.boundary;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's own DataSource: embedded Derby, its folder from MicroProfile Config
 * ({@code tatracker.db.path}, environment variable {@code TATRACKER_DB_PATH}).
 * Payara Micro ships no Derby, so the driver travels in {@code WEB-INF/lib}.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=tatracker.db.path}",
        properties = {"createDatabase=create"},
        initialPoolSize = 1,
        minPoolSize = 1,
        maxPoolSize = 8)
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/tatracker";

    private Database() {
    }
}
