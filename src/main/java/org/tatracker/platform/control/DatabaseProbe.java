package org.tatracker.platform.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Asks the database one cheap question that needs the schema: how many countries it holds. */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /** @param error why the database did not answer; {@code null} when it did */
    public record Result(boolean up, long countries, String error) {
    }

    public static Result probe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM country")) {
                rs.next();
                return new Result(true, rs.getLong(1), null);
            }
        } catch (SQLException | RuntimeException e) {
            return new Result(false, 0, String.valueOf(e.getMessage()));
        }
    }
}
