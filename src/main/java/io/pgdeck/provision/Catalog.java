package io.pgdeck.provision;

import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** What provision reads from the server's catalog before deciding what to change. */
final class Catalog {

    record MaintenanceRole(String name, boolean superuser, boolean createdb, boolean createrole) {}

    record RoleFacts(
            boolean login,
            boolean superuser,
            boolean createdb,
            boolean createrole,
            boolean bypassrls,
            boolean inherit,
            boolean readOnly,
            boolean maintenanceMember) {}

    record DatabaseFacts(
            String name, String owner, boolean publicConnect, boolean publicTemporary, boolean roleConnect) {}

    private static final String MAINTENANCE_ROLE = SqlResource.load(Catalog.class, "maintenance-role.sql");
    private static final String ROLE = SqlResource.load(Catalog.class, "role.sql");
    private static final String DATABASE = SqlResource.load(Catalog.class, "database.sql");
    private static final String CONNECTABLE = SqlResource.load(Catalog.class, "connectable-databases.sql");

    private Catalog() {}

    static MaintenanceRole maintenanceRole(Connection connection) throws SQLException {
        return Maintenance.query(
                        connection,
                        MAINTENANCE_ROLE,
                        row -> new MaintenanceRole(
                                row.text("name"), row.flag("superuser"), row.flag("createdb"), row.flag("createrole")))
                .get(0);
    }

    static Optional<RoleFacts> role(Connection connection, String name) throws SQLException {
        return Maintenance.query(
                        connection,
                        ROLE,
                        row -> new RoleFacts(
                                row.flag("login"),
                                row.flag("superuser"),
                                row.flag("createdb"),
                                row.flag("createrole"),
                                row.flag("bypassrls"),
                                row.flag("inherit"),
                                row.flag("read_only"),
                                row.flag("maintenance_member")),
                        name)
                .stream()
                .findFirst();
    }

    /** The database {@code name}, with whether {@code role} holds CONNECT on it in its own name. */
    static Optional<DatabaseFacts> database(Connection connection, String name, String role) throws SQLException {
        return Maintenance.query(
                        connection,
                        DATABASE,
                        row -> new DatabaseFacts(
                                row.text("name"),
                                row.text("owner"),
                                row.flag("public_connect"),
                                row.flag("public_temporary"),
                                row.flag("role_connect")),
                        role,
                        name)
                .stream()
                .findFirst();
    }

    static List<String> connectableDatabases(Connection connection) throws SQLException {
        return Maintenance.query(connection, CONNECTABLE, row -> row.text("name"));
    }
}
