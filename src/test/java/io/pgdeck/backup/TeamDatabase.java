package io.pgdeck.backup;

import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the team's database holds, asked as the superuser, to check what a restore did. */
final class TeamDatabase {

    private TeamDatabase() {}

    /** The first column of the first row of {@code sql}, as text. */
    static String value(String sql) throws SQLException {
        try (Connection connection = TestPostgres.connect(TestPostgres.TEAM_DATABASE);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
