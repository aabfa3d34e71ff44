package io.pgdeck.query;

import io.pgdeck.audit.Audit;
import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.web.DownloadNames;
import io.pgdeck.web.ExportFormat;
import io.pgdeck.web.Problems;
import io.pgdeck.web.SpreadsheetSafeCsv;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Query Tool sessions: a dedicated connection per tab, executions with paged results, export, cancel, explain. */
@RestController
@RequestMapping("/api/v1")
class QuerySessionController {

    record SessionRequest(Boolean autoCommit, Boolean autoRollback) {}

    record ExecutionRequest(String sql, Integer pageSize) {}

    private final DatabaseDirectory directory;
    private final QuerySessions sessions;
    private final QueryHistory history;
    private final QueryProperties properties;
    private final ProductionGuard production;
    private final Audit audit;

    QuerySessionController(
            DatabaseDirectory directory,
            QuerySessions sessions,
            QueryHistory history,
            QueryProperties properties,
            ProductionGuard production,
            Audit audit) {
        this.audit = audit;
        this.directory = directory;
        this.sessions = sessions;
        this.history = history;
        this.properties = properties;
        this.production = production;
    }

    @PostMapping("/databases/{db}/query-sessions")
    ResponseEntity<SessionState> open(
            @PathVariable String db, @RequestBody(required = false) SessionRequest request, HttpSession login) {
        directory.requireVisible(db);
        QuerySession session = sessions.open(login, db);
        if (request != null) {
            checkSettings(request);
            session.settings(request.autoCommit(), request.autoRollback());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(session.state());
    }

    @GetMapping("/query-sessions/{id}")
    SessionState state(@PathVariable String id, HttpSession login) throws Exception {
        return sessions.with(login, id, QuerySession::state);
    }

    /** Auto-commit and auto-rollback; in production auto-commit does not apply and changing it is refused. */
    @PatchMapping("/query-sessions/{id}")
    SessionState settings(@PathVariable String id, @RequestBody SessionRequest request, HttpSession login)
            throws Exception {
        checkSettings(request);
        return sessions.with(login, id, session -> {
            session.settings(request.autoCommit(), request.autoRollback());
            return session.state();
        });
    }

    @PostMapping("/query-sessions/{id}/executions")
    Execution execute(@PathVariable String id, @RequestBody ExecutionRequest request, HttpSession login)
            throws Exception {
        QueryController.requireSql(request.sql());
        int pageSize = pageSize(request.pageSize());
        Instant at = Instant.now();
        return sessions.with(login, id, session -> {
            Execution execution = session.execute(request.sql(), pageSize);
            history.record(
                    session.database(),
                    request.sql(),
                    at,
                    execution.durationMs(),
                    execution.rowCount(),
                    execution.error());
            StatementAudit.record(
                    audit,
                    "query-tool",
                    session.database(),
                    request.sql(),
                    at,
                    execution.durationMs(),
                    execution.results(),
                    execution.error());
            return execution;
        });
    }

    @GetMapping("/query-sessions/{id}/results/{resultId}/rows")
    RowsPage rows(
            @PathVariable String id,
            @PathVariable String resultId,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam(required = false) Integer limit,
            @RequestParam(defaultValue = "false") boolean full,
            HttpSession login)
            throws Exception {
        if (offset < 0) {
            throw Problems.badRequest("offset cannot be negative.");
        }
        int rows = pageSize(limit);
        if (full && rows != 1) {
            throw Problems.badRequest("Whole values (full=true) are read one row at a time: use limit=1.");
        }
        return sessions.with(login, id, session -> session.page(resultId, offset, rows, full));
    }

    /** The whole result, streamed: CSV or JSON. */
    @GetMapping("/query-sessions/{id}/results/{resultId}/export")
    void export(
            @PathVariable String id,
            @PathVariable String resultId,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(defaultValue = "false") boolean neutralizeFormulas,
            @RequestParam(required = false) String name,
            HttpSession login,
            HttpServletResponse response)
            throws Exception {
        ExportFormat chosen = ExportFormat.of(format);
        sessions.with(login, id, session -> {
            session.requireWhole(resultId);
            response.setContentType(chosen.mediaType + ";charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(DownloadNames.of(name, "result") + "." + chosen.extension, StandardCharsets.UTF_8)
                            .build()
                            .toString());
            java.io.OutputStream out = response.getOutputStream();
            boolean safe = neutralizeFormulas && chosen == ExportFormat.CSV;
            session.export(resultId, new ResultExport(chosen, safe ? new SpreadsheetSafeCsv(out) : out));
            return null;
        });
    }

    @PostMapping("/query-sessions/{id}/cancel")
    ResponseEntity<Void> cancel(@PathVariable String id, HttpSession login) throws Exception {
        sessions.find(login, id).cancel();
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/query-sessions/{id}/commit")
    SessionState commit(@PathVariable String id, HttpSession login) throws Exception {
        return sessions.with(login, id, QuerySession::commit);
    }

    @PostMapping("/query-sessions/{id}/rollback")
    SessionState rollback(@PathVariable String id, HttpSession login) throws Exception {
        return sessions.with(login, id, QuerySession::rollback);
    }

    @DeleteMapping("/query-sessions/{id}")
    ResponseEntity<Void> close(@PathVariable String id, HttpSession login) {
        sessions.close(login, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/query-sessions/{id}/explain")
    ExplainResult explain(@PathVariable String id, @RequestBody ExplainRequest request, HttpSession login)
            throws Exception {
        if (request.sql() == null || request.sql().isBlank()) {
            throw Problems.badRequest("Give the statement to explain in the field 'sql'.");
        }
        Instant at = Instant.now();
        return sessions.with(login, id, session -> {
            ExplainResult result = session.explain(request);
            history.record(
                    session.database(),
                    ExplainStatement.prefix(request, "JSON") + request.sql().strip(),
                    at,
                    result.durationMs(),
                    0,
                    result.error());
            StatementAudit.record(
                    audit,
                    "explain",
                    session.database(),
                    ExplainStatement.prefix(request, "JSON") + request.sql().strip(),
                    at,
                    result.durationMs(),
                    java.util.List.of(),
                    result.error());
            return result;
        });
    }

    @GetMapping("/query-history")
    List<QueryHistory.Entry> history(
            @RequestParam(required = false) String search, @RequestParam(required = false) Integer limit) {
        return history.search(search, limit);
    }

    private void checkSettings(SessionRequest request) {
        if (production.active() && Boolean.FALSE.equals(request.autoCommit())) {
            throw Problems.conflict("Auto-commit does not apply in production: every execution runs in a read-only "
                    + "transaction that pgdeck rolls back.");
        }
    }

    private int pageSize(Integer requested) {
        if (requested == null) {
            return properties.pageSize();
        }
        if (requested < 1 || requested > properties.maxPageSize()) {
            throw Problems.badRequest("limit must be between 1 and " + properties.maxPageSize() + ".");
        }
        return requested;
    }
}
