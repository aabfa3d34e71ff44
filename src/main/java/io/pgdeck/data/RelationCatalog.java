package io.pgdeck.data;

import io.pgdeck.server.Capabilities;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads what the grid needs to know about a relation from the catalog, and decides what may be edited and why not. */
@Component
final class RelationCatalog {

    private static final String RELATION = SqlResource.load(RelationCatalog.class, "relation.sql");
    private static final String COLUMNS = SqlResource.load(RelationCatalog.class, "columns.sql");
    private static final String KEY = SqlResource.load(RelationCatalog.class, "key.sql");
    private static final String FOREIGN_KEYS = SqlResource.load(RelationCatalog.class, "foreign-keys.sql");

    private record Found(long oid, boolean mayChange, Long estimate) {}

    /** Said wherever a change to rows is refused because the deployment is read-only. */
    static final String READ_ONLY = "This deployment is read-only: data cannot be changed here.";

    private final Capabilities capabilities;

    RelationCatalog(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** The relation, or a 404 when there is no {@code kind} of that name in the schema. */
    Relation load(Connection connection, RelationName name) throws SQLException {
        Found found = find(connection, name);
        List<String> key = rows(connection, KEY, found.oid(), row -> row.getString("name"));
        String reason = readOnlyReason(name.kind(), key, found.mayChange());
        List<DataColumn> columns = columns(connection, found.oid(), reason);
        return new Relation(
                name.schema(),
                name.name(),
                name.kind(),
                columns,
                key,
                foreignKeys(connection, found.oid()),
                reason,
                found.estimate());
    }

    private static Found find(Connection connection, RelationName name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RELATION)) {
            statement.setString(1, name.schema());
            statement.setString(2, name.name());
            statement.setString(3, name.kind().codes());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw Problems.notFound("There is no " + name.kind().noun() + " '" + name.name() + "' in schema '"
                            + name.schema() + "'.");
                }
                boolean mayChange =
                        row.getBoolean("can_insert") || row.getBoolean("can_update") || row.getBoolean("can_delete");
                long estimate = row.getLong("estimate");
                Long known = row.wasNull() ? null : estimate;
                return new Found(row.getLong("oid"), mayChange, known);
            }
        }
    }

    private String readOnlyReason(ObjectKind kind, List<String> key, boolean mayChange) {
        if (!capabilities.write()) {
            return READ_ONLY;
        }
        return switch (kind) {
            case VIEWS -> "Views are read-only here: edit the tables they read.";
            case MATERIALIZED_VIEWS -> "A materialized view is refreshed from its query, not edited.";
            case FOREIGN_TABLES -> "Foreign tables are read-only here.";
            default -> tableReason(key, mayChange);
        };
    }

    private static String tableReason(List<String> key, boolean mayChange) {
        if (key.isEmpty()) {
            return "This table has no primary key and no unique key on NOT NULL columns, so a row cannot be named"
                    + " safely: add a primary key to edit it.";
        }
        if (!mayChange) {
            return "The role pgdeck connects as may not insert, update or delete rows of this table.";
        }
        return null;
    }

    /** Reads one row of a catalog query. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Every row of a catalog query about the relation {@code oid}. */
    private static <T> List<T> rows(Connection connection, String sql, long oid, RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, oid);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
        }
        return rows;
    }

    private static List<DataColumn> columns(Connection connection, long oid, String tableReason) throws SQLException {
        return rows(connection, COLUMNS, oid, row -> column(row, tableReason));
    }

    private static DataColumn column(ResultSet row, String tableReason) throws SQLException {
        String generated = emptyAsNull(row.getString("generated"));
        String identity = emptyAsNull(row.getString("identity"));
        String reason = tableReason != null ? tableReason : columnReason(row, generated, identity);
        return new DataColumn(
                row.getString("name"),
                row.getString("type"),
                reason == null,
                reason,
                !row.getBoolean("not_null"),
                row.getBoolean("has_default") || identity != null,
                generated == null ? null : "stored",
                identity == null ? null : ("a".equals(identity) ? "always" : "by default"),
                row.getString("base_type"),
                row.getString("category"),
                strings(row.getArray("enum_labels")),
                row.getString("cast_type"),
                row.getBoolean("ordered"));
    }

    private static String columnReason(ResultSet row, String generated, String identity) throws SQLException {
        if (generated != null) {
            return "A generated column: PostgreSQL computes it from the other columns.";
        }
        if ("a".equals(identity)) {
            return "An identity column GENERATED ALWAYS: PostgreSQL assigns it.";
        }
        if (!row.getBoolean("can_insert") && !row.getBoolean("can_update")) {
            return "The role pgdeck connects as may not write this column.";
        }
        return null;
    }

    private static List<ForeignKey> foreignKeys(Connection connection, long oid) throws SQLException {
        return rows(
                connection,
                FOREIGN_KEYS,
                oid,
                row -> new ForeignKey(
                        row.getString("name"),
                        strings(row.getArray("columns")),
                        row.getString("referenced_schema"),
                        row.getString("referenced_table"),
                        strings(row.getArray("referenced_columns"))));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
