package io.pgdeck.query;

import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassifier;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Executes one statement and collects its first result, bounded to a number of rows, with its notices. */
final class StatementRun {

    private StatementRun() {}

    static QueryResult execute(Statement jdbc, SqlStatement statement, int maxRows) throws SQLException {
        long started = System.nanoTime();
        // One row more than asked tells whether the result was cut, without reading the rest.
        jdbc.setMaxRows(maxRows + 1);
        // JDBC escapes such as {fn ...} would rewrite the user's text and shift the server's error positions.
        jdbc.setEscapeProcessing(false);
        boolean hasRows = jdbc.execute(statement.text());
        String command = StatementClassifier.classify(statement.text()).command();
        List<QueryResult.Column> columns = List.of();
        List<List<Object>> rows = List.of();
        long rowCount;
        boolean truncated = false;
        if (hasRows) {
            try (ResultSet resultSet = jdbc.getResultSet()) {
                columns = columns(resultSet.getMetaData());
                rows = rows(resultSet, columns, maxRows + 1);
            }
            truncated = rows.size() > maxRows;
            if (truncated) {
                rows = rows.subList(0, maxRows);
            }
            rowCount = rows.size();
        } else {
            rowCount = Math.max(0, jdbc.getLargeUpdateCount());
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new QueryResult(
                statement.index(),
                statement.text(),
                columns,
                rows,
                rowCount,
                truncated,
                command,
                notices(jdbc.getWarnings()),
                durationMs);
    }

    static List<QueryResult.Column> columns(ResultSetMetaData meta) throws SQLException {
        List<QueryResult.Column> columns = new ArrayList<>(meta.getColumnCount());
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new QueryResult.Column(meta.getColumnLabel(i), meta.getColumnTypeName(i)));
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
