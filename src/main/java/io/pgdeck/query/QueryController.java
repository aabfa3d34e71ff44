package io.pgdeck.query;

import io.pgdeck.audit.Audit;
import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.web.Problems;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueryController {

    record QueryRequest(String sql, Integer maxRows) {}

    private final DatabaseDirectory directory;
    private final OneShotQuery oneShot;
    private final QueryHistory history;
    private final Audit audit;

    QueryController(DatabaseDirectory directory, OneShotQuery oneShot, QueryHistory history, Audit audit) {
        this.directory = directory;
        this.oneShot = oneShot;
        this.history = history;
        this.audit = audit;
    }

    /** Runs every statement of {@code sql} on a connection of the script's own; the first error stops it. */
    @PostMapping("/api/v1/databases/{db}/query")
    ScriptResult query(@PathVariable String db, @RequestBody QueryRequest request) {
        directory.requireVisible(db);
        requireSql(request.sql());
        Instant at = Instant.now();
        ScriptResult result = oneShot.run(db, request.sql(), request.maxRows());
        long rows = result.results().stream().mapToLong(QueryResult::rowCount).sum();
        long durationMs = Duration.between(at, Instant.now()).toMillis();
        history.record(db, request.sql(), at, durationMs, rows, result.error());
        StatementAudit.record(audit, "one-shot", db, request.sql(), at, durationMs, result.results(), result.error());
        return result;
    }

    /** The one answer to a script or an execution sent without SQL. */
    static void requireSql(String sql) {
        if (sql == null || sql.isBlank()) {
            throw Problems.badRequest("Give the SQL to run in the field 'sql'.");
        }
    }
}
