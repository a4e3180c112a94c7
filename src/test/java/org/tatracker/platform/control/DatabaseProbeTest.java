package org.tatracker.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** Runs against real embedded Derby databases made for the test. */
class DatabaseProbeTest {

    private static EmbeddedDataSource derby(String name, boolean create) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(Path.of(System.getProperty("java.io.tmpdir"), name + "-" + System.nanoTime()).toString());
        if (create) {
            ds.setCreateDatabase("create");
        }
        return ds;
    }

    @Test
    void isDownWhenTheDatabaseCannotBeReached() {
        DatabaseProbe.Result result = DatabaseProbe.probe(derby("no-such-db", false));
        assertFalse(result.up());
        assertNotNull(result.error());
    }

    @Test
    void isDownWhenTheSchemaIsMissingAndUpWhenItAnswers() throws Exception {
        EmbeddedDataSource ds = derby("probe-db", true);
        assertFalse(DatabaseProbe.probe(ds).up());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE country (m49 CHAR(3))");
            s.execute("INSERT INTO country VALUES ('404'), ('508')");
        }
        DatabaseProbe.Result result = DatabaseProbe.probe(ds);
        assertTrue(result.up());
        assertEquals(2, result.countries());
    }
}
