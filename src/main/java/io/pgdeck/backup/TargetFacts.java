package io.pgdeck.backup;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a restore must know about the database it restores into: who restores, which roles, schemas and extensions
 * exist, and whether a role already holds a right (granting it again widens nothing). Read once per analysis; the
 * privilege questions are asked as they come, on the same connection.
 */
final class TargetFacts implements AutoCloseable {

    record Extension(boolean installed, String owner, boolean trusted) {}

    private static final String ROLE = SqlResource.load(TargetFacts.class, "target-role.sql");
    private static final String ROLES = SqlResource.load(TargetFacts.class, "target-roles.sql");
    private static final String OWN_ROLES = SqlResource.load(TargetFacts.class, "target-own-roles.sql");
    private static final String SCHEMAS = SqlResource.load(TargetFacts.class, "target-schemas.sql");
    private static final String EXTENSIONS = SqlResource.load(TargetFacts.class, "target-extensions.sql");
    private static final String SCHEMA_PRIVILEGE = SqlResource.load(TargetFacts.class, "schema-privilege.sql");
    private static final String TABLE_PRIVILEGE = SqlResource.load(TargetFacts.class, "table-privilege.sql");
    private static final String LARGE_OBJECT = SqlResource.load(TargetFacts.class, "large-object.sql");

    private final Connection connection;
    private final String role;
    private final boolean superuser;
    private final boolean canCreateInDatabase;
    private final Set<String> roles = new HashSet<>();
    private final Set<String> ownRoles = new HashSet<>();
    private final Map<String, String> schemaOwners = new HashMap<>();
    private final Map<String, Extension> extensions = new HashMap<>();

    private TargetFacts(Connection connection) throws SQLException {
        this.connection = connection;
        try (PreparedStatement statement = connection.prepareStatement(ROLE);
                ResultSet row = statement.executeQuery()) {
            row.next();
            role = row.getString("role_name");
            superuser = row.getBoolean("superuser");
            canCreateInDatabase = row.getBoolean("can_create_in_database");
        }
        forEachRow(ROLES, row -> roles.add(row.getString(1)));
        forEachRow(OWN_ROLES, row -> ownRoles.add(row.getString(1)));
        forEachRow(SCHEMAS, row -> schemaOwners.put(row.getString(1), row.getString(2)));
        forEachRow(
                EXTENSIONS,
                row -> extensions.put(
                        row.getString("name"),
                        new Extension(row.getBoolean("installed"), row.getString("owner"), row.getBoolean("trusted"))));
    }

    static TargetFacts read(ServerConnections connections, String database) {
        Connection connection = connections.open(database);
        try {
            return new TargetFacts(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot read the target database: " + e.getMessage(), e);
        }
    }

    String role() {
        return role;
    }

    boolean superuser() {
        return superuser;
    }

    boolean canCreateInDatabase() {
        return canCreateInDatabase;
    }

    boolean roleExists(String name) {
        return roles.contains(name);
    }

    /** Whether the restoring role acts as {@code name} already (a member of it): the team's own application roles. */
    boolean actsAs(String name) {
        return ownRoles.contains(name);
    }

    Optional<String> schemaOwner(String schema) {
        return Optional.ofNullable(schemaOwners.get(schema));
    }

    Optional<Extension> extension(String name) {
        return Optional.ofNullable(extensions.get(name));
    }

    /** Whether {@code grantee} holds {@code privilege} on an existing schema; false when the schema is new. */
    boolean holdsOnSchema(String grantee, String schema, String privilege) {
        if (!schemaOwners.containsKey(schema)) {
            return false;
        }
        return ask(SCHEMA_PRIVILEGE, grantee, privilege, schema);
    }

    /** Whether {@code grantee} holds {@code privilege} on an existing table or sequence, named as SQL writes it. */
    boolean holdsOnRelation(String grantee, String qualifiedName, String privilege) {
        return ask(TABLE_PRIVILEGE, grantee, privilege, grantee, privilege, qualifiedName);
    }

    /** Whether the large object {@code oid} (as a dump writes it) exists here already. */
    boolean largeObjectExists(String oid) {
        return oid.matches("\\d{1,10}") && ask(LARGE_OBJECT, oid);
    }

    private boolean ask(String sql, String... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            // A name the server cannot read (or a right that does not apply) is not a right held.
            return false;
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void forEachRow(String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Returning a pooled connection only fails when it is already gone.
        }
    }
}
