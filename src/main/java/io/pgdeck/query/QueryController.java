package io.pgdeck.query;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.web.Problems;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class QueryController {

    record QueryRequest(String sql, Integer maxRows) {}

    private final DatabaseDirectory directory;
    private final OneShotQuery oneShot;

    QueryController(DatabaseDirectory directory, OneShotQuery oneShot) {
        this.directory = directory;
        this.oneShot = oneShot;
    }

    /** Runs every statement of {@code sql} on a fresh connection; the first error stops the script. */
    @PostMapping("/api/v1/databases/{db}/query")
    ScriptResult query(@PathVariable String db, @RequestBody QueryRequest request) {
        directory.requireVisible(db);
        if (request.sql() == null || request.sql().isBlank()) {
            throw Problems.badRequest("Give the SQL to run in the field 'sql'.");
        }
        return oneShot.run(db, request.sql(), request.maxRows());
    }
}
