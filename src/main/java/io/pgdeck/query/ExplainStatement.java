package io.pgdeck.query;

import io.pgdeck.sql.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Builds and runs EXPLAIN for one statement; the options are fixed keywords, never user text. */
final class ExplainStatement {

    private ExplainStatement() {}

    static ExplainResult run(Connection connection, SqlStatement statement, ExplainRequest request)
            throws SQLException {
        long started = System.nanoTime();
        String plan = single(connection, prefix(request, "JSON") + statement.text());
        String text = request.analyzes()
                ? PlanText.render(plan)
                : String.join("\n", lines(connection, prefix(request, "TEXT") + statement.text()));
        return new ExplainResult(plan, text, null, null, (System.nanoTime() - started) / 1_000_000);
    }

    /** The error with its position moved from the EXPLAIN text back into the user's statement. */
    static QueryError error(SqlStatement statement, ExplainRequest request, SQLException e) {
        int shift = prefix(request, "JSON").length();
        return QueryError.of(statement, e, shift);
    }

    static String prefix(ExplainRequest request, String format) {
        StringJoiner options = new StringJoiner(", ", "EXPLAIN (", ")\n");
        options.add("FORMAT " + format);
        option(options, "ANALYZE", request.analyze());
        option(options, "VERBOSE", request.verbose());
        option(options, "COSTS", request.costs());
        option(options, "BUFFERS", request.buffers());
        // TIMING and WAL are refused without ANALYZE; leave them out rather than fail a plain EXPLAIN.
        option(options, "TIMING", request.analyzes() ? request.timing() : null);
        option(options, "SUMMARY", request.summary());
        option(options, "SETTINGS", request.settings());
        option(options, "WAL", request.analyzes() ? request.wal() : null);
        return options.toString();
    }

    private static void option(StringJoiner options, String name, Boolean value) {
        if (value != null) {
            options.add(name + (value ? " true" : " false"));
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        return lines(connection, sql).get(0);
    }

    private static List<String> lines(Connection connection, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement jdbc = connection.createStatement()) {
            jdbc.setEscapeProcessing(false);
            try (ResultSet rows = jdbc.executeQuery(sql)) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
        return lines;
    }
}
