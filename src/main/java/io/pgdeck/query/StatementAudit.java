package io.pgdeck.query;

import io.pgdeck.audit.Audit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit log keeps of a script run through the Query Tool, the one-shot API or EXPLAIN: its text, and for each
 * statement as the splitter cut it, its command tag, rows and time; where it failed, the statement's index.
 */
final class StatementAudit {

    private StatementAudit() {}

    static void record(
            Audit audit,
            String source,
            String database,
            String sql,
            Instant start,
            long durationMs,
            List<QueryResult> results,
            QueryError error) {
        long rows = results.stream().mapToLong(QueryResult::rowCount).sum();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put(
                "statements",
                results.stream()
                        .map(r -> Map.of(
                                "index", r.statementIndex(),
                                "command", String.valueOf(r.command()),
                                "rows", r.rowCount(),
                                "durationMs", r.durationMs()))
                        .toList());
        if (error != null) {
            parts.put("failedStatementIndex", error.statementIndex());
        }
        audit.statement(
                source,
                database,
                sql,
                start,
                durationMs,
                rows,
                error == null ? null : error.sqlState(),
                error == null ? null : error.message(),
                parts);
    }
}
