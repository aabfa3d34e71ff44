package io.pgdeck.data;

import io.pgdeck.web.Problems;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;

/**
 * Applies a grid's pending changes in one transaction: deletes, then updates, then inserts, each kind sent as batches of
 * one prepared statement. An update or delete that finds its row no longer as it was read matches nothing; then the
 * current values of every such row are read and the whole transaction is rolled back: 409, nothing applied.
 */
@Service
final class ChangeApplier {

    private final DataConnections connections;
    private final RelationCatalog catalog;
    private static final Pattern BATCH_ENTRY = Pattern.compile("^Batch entry (\\d{1,9}) ");

    ChangeApplier(DataConnections connections, RelationCatalog catalog) {
        this.connections = connections;
        this.catalog = catalog;
    }

    ChangeResult apply(String database, RelationName name, ChangeRequest request) throws SQLException {
        return connections.write(database, connection -> {
            Relation relation = catalog.load(connection, name);
            if (!relation.editable()) {
                throw Problems.problem(HttpStatus.FORBIDDEN, "Read-only", relation.readOnlyReason());
            }
            ChangeStatements statements = new ChangeStatements(relation);
            List<ChangeStatements.Step> deletes = statements.deletes(request.deletes());
            List<ChangeStatements.Step> updates = statements.updates(request.updates());
            List<ChangeStatements.Step> inserts = statements.inserts(request.inserts());
            List<ChangeStatements.Step> stale = new ArrayList<>(execute(connection, deletes));
            stale.addAll(execute(connection, updates));
            if (!stale.isEmpty()) {
                throw conflict(connection, relation, stale);
            }
            List<List<Object>> inserted = insert(connection, relation, inserts);
            return new ChangeResult(inserts.size(), updates.size(), deletes.size(), inserted);
        });
    }

    /** Runs the steps, batched by statement text; answers those that matched no row. */
    private static List<ChangeStatements.Step> execute(Connection connection, List<ChangeStatements.Step> steps)
            throws SQLException {
        List<ChangeStatements.Step> unmatched = new ArrayList<>();
        for (Map.Entry<String, List<ChangeStatements.Step>> batch :
                batches(steps).entrySet()) {
            int[] counts = executeBatch(connection, batch.getKey(), batch.getValue(), null);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    unmatched.add(batch.getValue().get(i));
                }
            }
        }
        return unmatched;
    }

    /**
     * Runs the inserts, batched by statement text, and answers each inserted row as stored (its RETURNING), in the
     * request's order: the page can show rows that its filter would not find again.
     */
    private static List<List<Object>> insert(
            Connection connection, Relation relation, List<ChangeStatements.Step> inserts) throws SQLException {
        List<List<Object>> rows = new ArrayList<>(Collections.nCopies(inserts.size(), null));
        for (Map.Entry<String, List<ChangeStatements.Step>> batch :
                batches(inserts).entrySet()) {
            List<ChangeStatements.Step> steps = batch.getValue();
            executeBatch(
                    connection,
                    batch.getKey(),
                    steps,
                    (returned, position) ->
                            rows.set(steps.get(position).index(), RowReader.row(returned, relation.columns())));
        }
        return rows;
    }

    private static Map<String, List<ChangeStatements.Step>> batches(List<ChangeStatements.Step> steps) {
        return steps.stream()
                .collect(Collectors.groupingBy(step -> step.sql().text(), LinkedHashMap::new, Collectors.toList()));
    }

    /** Takes the row a batch's statement at {@code position} answered with RETURNING. */
    private interface ReturnedRow {
        void take(ResultSet row, int position) throws SQLException;
    }

    private static int[] executeBatch(
            Connection connection, String sql, List<ChangeStatements.Step> steps, ReturnedRow returned)
            throws SQLException {
        try (PreparedStatement statement = returned == null
                ? connection.prepareStatement(sql)
                : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (ChangeStatements.Step step : steps) {
                step.sql().bind(statement);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            if (returned != null) {
                try (ResultSet rows = statement.getGeneratedKeys()) {
                    for (int position = 0; rows.next(); position++) {
                        returned.take(rows, position);
                    }
                }
            }
            return counts;
        } catch (BatchUpdateException e) {
            // The server's own error (with its SQLSTATE and detail) is chained behind the batch's summary.
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            int position = failedPosition(e, steps.size());
            throw position < 0 ? Problems.postgres(cause) : failed(steps.get(position), cause);
        }
    }

    /**
     * Which step of a batch the server refused. pgjdbc marks every count of a failed batch inside a transaction as
     * failed, but names the entry in its message ("Batch entry 1 ... was aborted"); -1 when it does not.
     */
    private static int failedPosition(BatchUpdateException e, int steps) {
        Matcher entry = BATCH_ENTRY.matcher(String.valueOf(e.getMessage()));
        int position = entry.find() ? Integer.parseInt(entry.group(1)) : -1;
        return position < steps ? position : -1;
    }

    /** The server's error, saying which change of the request it came from, so the grid can mark that row. */
    private static ErrorResponseException failed(ChangeStatements.Step step, SQLException cause) {
        ErrorResponseException problem = Problems.postgres(cause);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("change", step.type());
        change.put("index", step.index());
        problem.getBody().setProperty("failedChange", change);
        return problem;
    }

    private static ErrorResponseException conflict(
            Connection connection, Relation relation, List<ChangeStatements.Step> stale) throws SQLException {
        List<Map<String, Object>> conflicts = new ArrayList<>();
        for (ChangeStatements.Step step : stale) {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("change", step.type());
            conflict.put("index", step.index());
            conflict.put("key", step.key());
            conflict.put("current", current(connection, relation, step.key()));
            conflicts.add(conflict);
        }
        ErrorResponseException problem = Problems.conflict(stale.size() + " of the rows you changed were changed or"
                + " deleted by someone else since you read them. Nothing was saved: compare their values with yours.");
        problem.getBody().setProperty("conflicts", conflicts);
        return problem;
    }

    /** The row's values now, by column name, or null when it is gone. */
    private static Map<String, Object> current(Connection connection, Relation relation, Map<String, JsonNode> key)
            throws SQLException {
        SqlBuilder sql = new SqlBuilder()
                .sql("SELECT ")
                .sql(relation.columnList())
                .sql(" FROM ")
                .sql(relation.qualifiedName())
                .sql(" WHERE ")
                .append(relation.keyCondition(key));
        try (PreparedStatement statement = sql.prepare(connection);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            List<Object> values = RowReader.row(row, relation.columns());
            Map<String, Object> byName = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                byName.put(relation.columns().get(i).name(), values.get(i));
            }
            return byName;
        }
    }
}
