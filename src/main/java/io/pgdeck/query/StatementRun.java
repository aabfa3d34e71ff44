package io.pgdeck.query;

import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassifier;
import io.pgdeck.web.JsonValues;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes one statement and describes what it produced: columns, command, rows affected, notices and time. What
 * happens to the rows is the caller's: a one-shot query reads a bounded number, a query session keeps a cursor.
 */
final class StatementRun {

    /** What a {@link RowReader} made of a statement's rows. */
    record Rows(List<List<Object>> rows, long rowCount, boolean truncated, String resultId) {}

    /** Takes over the rows of a statement that returned some; it decides whether the result set stays open. */
    @FunctionalInterface
    interface RowReader {
        Rows read(ResultSet resultSet, List<QueryResult.Column> columns) throws SQLException;
    }

    private StatementRun() {}

    /** One-shot: at most {@code maxRows} rows, and whether there were more. */
    static QueryResult execute(Statement jdbc, SqlStatement statement, int maxRows) throws SQLException {
        // One row more than asked tells whether the result was cut, without reading the rest.
        jdbc.setMaxRows(maxRows + 1);
        return execute(jdbc, statement, (resultSet, columns) -> {
            try (resultSet) {
                List<List<Object>> rows = rows(resultSet, columns, maxRows + 1);
                boolean truncated = rows.size() > maxRows;
                List<List<Object>> kept = truncated ? rows.subList(0, maxRows) : rows;
                return new Rows(kept, kept.size(), truncated, null);
            }
        });
    }

    static QueryResult execute(Statement jdbc, SqlStatement statement, RowReader reader) throws SQLException {
        long started = System.nanoTime();
        // JDBC escapes such as {fn ...} would rewrite the user's text and shift the server's error positions.
        jdbc.setEscapeProcessing(false);
        boolean hasRows = jdbc.execute(statement.text());
        // Read before the rows: a reader may close the statement once its rows are all read.
        List<String> notices = notices(jdbc.getWarnings());
        String command = StatementClassifier.classify(statement.text()).command();
        List<QueryResult.Column> columns = List.of();
        Rows rows;
        if (hasRows) {
            ResultSet resultSet = jdbc.getResultSet();
            columns = columns(resultSet.getMetaData());
            rows = reader.read(resultSet, columns);
        } else {
            rows = new Rows(List.of(), Math.max(0, jdbc.getLargeUpdateCount()), false, null);
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new QueryResult(
                statement.index(),
                statement.text(),
                columns,
                rows.rows(),
                rows.rowCount(),
                rows.truncated(),
                command,
                notices,
                durationMs,
                rows.resultId());
    }

    static List<QueryResult.Column> columns(ResultSetMetaData meta) throws SQLException {
        List<QueryResult.Column> columns = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new QueryResult.Column(meta.getColumnLabel(i), JsonValues.typeName(meta, i)));
        }
        return columns;
    }

    private static List<List<Object>> rows(ResultSet resultSet, List<QueryResult.Column> columns, int limit)
            throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < limit && resultSet.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                row.add(JsonValues.read(resultSet, i + 1, columns.get(i).type()));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<String> notices(SQLWarning first) {
        List<String> notices = new ArrayList<>();
        for (SQLWarning warning = first; warning != null; warning = warning.getNextWarning()) {
            notices.add(warning.getMessage());
        }
        return notices;
    }
}
