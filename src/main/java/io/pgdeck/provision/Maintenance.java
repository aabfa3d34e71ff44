package io.pgdeck.provision;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The maintenance role's connections, one database at a time. Connection failures become one line that says whether
 * the server could not be reached or refused the login.
 */
final class Maintenance {

    /** One row of a catalog query, by column label. */
    interface Row {
        String text(String column) throws SQLException;

        boolean flag(String column) throws SQLException;
    }

    private final MaintenanceUrl url;
    private final String password;

    Maintenance(MaintenanceUrl url, String password) {
        this.url = url;
        this.password = password;
    }

    MaintenanceUrl url() {
        return url;
    }

    Connection connect(String database) {
        return connect(database, url.user(), password);
    }

    /** Connects as another role: how provision checks that a password it kept still logs in. */
    boolean canLogIn(String database, String role, String rolePassword) {
        try (Connection ignored = open(database, role, rolePassword)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs a catalog query with text parameters, one result per row through {@code mapper}. */
    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, String... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                Row row = new Row() {
                    @Override
                    public String text(String column) throws SQLException {
                        return result.getString(column);
                    }

                    @Override
                    public boolean flag(String column) throws SQLException {
                        return result.getBoolean(column);
                    }
                };
                while (result.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        }
    }

    interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    private Connection connect(String database, String user, String secret) {
        try {
            return open(database, user, secret);
        } catch (SQLException e) {
            throw refusal(e, user);
        }
    }

    private Connection open(String database, String user, String secret) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", secret);
        properties.setProperty("sslmode", url.sslmode());
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("ApplicationName", "pgdeck-provision");
        return DriverManager.getConnection(url.jdbcUrl(database), properties);
    }

    private ProvisionRefused refusal(SQLException e, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = url.host() + ":" + url.port();
        if (state.equals("28P01") || state.equals("28000")) {
            return new ProvisionRefused(
                    "PostgreSQL at " + where + " refused the login of " + user + ": wrong password or no access", e);
        }
        if (state.startsWith("08")) {
            return new ProvisionRefused("cannot reach PostgreSQL at " + where + ": " + e.getMessage(), e);
        }
        return new ProvisionRefused(
                "cannot connect to PostgreSQL at " + where + " as " + user + ": " + e.getMessage(), e);
    }
}
