package io.pgdeck.server;

import io.pgdeck.server.Capabilities.RolePowers;
import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The managed server's version and pgdeck's role, read once at start. */
public record ServerInfo(String version, int versionNumber, String roleName, RolePowers rolePowers) {

    static ServerInfo read(ServerConnections connections) {
        try (Connection connection = connections.open(connections.defaultDatabase());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(SqlResource.load(ServerInfo.class, "server-info.sql"))) {
            row.next();
            return new ServerInfo(
                    row.getString("version"),
                    row.getInt("version_num"),
                    row.getString("rolname"),
                    new RolePowers(
                            row.getBoolean("rolsuper"),
                            row.getBoolean("rolcreatedb"),
                            row.getBoolean("rolcreaterole")));
        } catch (SQLException e) {
            throw new ServerUnavailableException(connections.defaultDatabase(), e);
        }
    }

    public int majorVersion() {
        return versionNumber / 10000;
    }
}
