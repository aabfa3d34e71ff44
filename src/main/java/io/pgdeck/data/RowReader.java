package io.pgdeck.data;

import io.pgdeck.web.JsonValues;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads pages of rows and counts them, each in a read-only transaction. */
@Service
final class RowReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DataConnections connections;
    private final RelationCatalog catalog;

    RowReader(DataConnections connections, RelationCatalog catalog) {
        this.connections = connections;
        this.catalog = catalog;
    }

    RowsPage page(String database, RelationName name, RowsRequest request) throws SQLException {
        return connections.read(database, connection -> {
            Relation relation = catalog.load(connection, name);
            RowSelection selection = RowSelection.of(relation, request.sort(), request.filter(), request.where());
            List<String> after = request.after() == null ? null : Keyset.values(selection.order(), request.after());
            // The grid sizes itself once per filter, from the first page; later pages skip the planner's round trip.
            boolean first = request.offset() == 0 && after == null;
            Long estimate = first ? estimate(connection, selection) : null;
            List<List<Object>> rows = new ArrayList<>();
            Read read = read(connection, selection, request, after, rows);
            String next = read.more() && read.last() != null ? Keyset.token(selection.order(), read.last()) : null;
            return new RowsPage(
                    relation.schema(),
                    relation.name(),
                    relation.kind().segment(),
                    relation.columns(),
                    relation.key(),
                    relation.foreignKeys(),
                    relation.editable(),
                    relation.readOnlyReason(),
                    rows,
                    request.offset(),
                    estimate,
                    read.more(),
                    next);
        });
    }

    long count(String database, RelationName name, String filter, String where) throws SQLException {
        return connections.read(database, connection -> {
            Relation relation = catalog.load(connection, name);
            RowSelection selection = RowSelection.of(relation, null, filter, where);
            try (PreparedStatement statement = selection.count().prepare(connection);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /**
     * What reading a page found besides its rows.
     *
     * @param more whether a row follows the page (one row past it is read to know)
     * @param last the page's last row's order values, when a cursor can start after them
     */
    private record Read(boolean more, List<String> last) {}

    /** Fills {@code rows} with at most the limit's rows. */
    private static Read read(
            Connection connection,
            RowSelection selection,
            RowsRequest request,
            List<String> after,
            List<List<Object>> rows)
            throws SQLException {
        Relation relation = selection.relation();
        List<DataColumn> relationColumns = relation.columns();
        int columns = relationColumns.size();
        Previews previews = request.full() ? Previews.none() : Previews.of(relation, request.limit());
        int orderTerms = selection.order().total() ? selection.order().terms().size() : 0;
        int trailing = columns + orderTerms + 1;
        List<String> last = null;
        boolean more = false;
        try (PreparedStatement statement = selection
                        .page(request.offset(), request.limit() + 1, after, previews)
                        .prepare(connection);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                if (rows.size() == request.limit()) {
                    more = true;
                    break;
                }
                List<Object> row = new ArrayList<>(columns);
                for (int i = 0; i < columns; i++) {
                    row.add(previews.value(result, i, relationColumns.get(i), trailing));
                }
                rows.add(row);
                last = orderTerms == 0 ? null : orderValues(result, columns, orderTerms);
            }
        }
        return new Read(more, last);
    }

    /**
     * The relation's columns of the current row as the API sends values. The type comes from the catalog: pgjdbc's
     * metadata names an identity or serial integer column "serial", which would turn its numbers into strings.
     */
    static List<Object> row(ResultSet result, List<DataColumn> columns) throws SQLException {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            row.add(JsonValues.read(result, i, columns.get(i - 1).baseType()));
        }
        return row;
    }

    private static List<String> orderValues(ResultSet result, int columns, int terms) throws SQLException {
        List<String> values = new ArrayList<>(terms);
        for (int i = columns + 1; i <= columns + terms; i++) {
            values.add(result.getString(i));
        }
        return values;
    }

    /** The catalog's estimate for a whole table; the planner's for a filter or a view. */
    private static Long estimate(Connection connection, RowSelection selection) throws SQLException {
        if (!selection.filtered() && selection.relation().estimatedRows() != null) {
            return selection.relation().estimatedRows();
        }
        try (PreparedStatement statement = selection.estimate().prepare(connection);
                ResultSet plan = statement.executeQuery()) {
            if (!plan.next()) {
                return null;
            }
            JsonNode rows =
                    JSON.readTree(plan.getString(1)).path(0).path("Plan").path("Plan Rows");
            return rows.isNumber() ? rows.asLong() : null;
        }
    }
}
