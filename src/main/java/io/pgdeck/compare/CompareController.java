package io.pgdeck.compare;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.web.DownloadNames;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Schema snapshots and their comparison with a live schema: reads only, so allowed in production too. */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas/{schema}")
class CompareController {

    private final DatabaseDirectory directory;
    private final CompareService service;

    CompareController(DatabaseDirectory directory, CompareService service) {
        this.directory = directory;
        this.service = service;
    }

    @Operation(
            summary = "A snapshot of the schema: each object with its DDL, as a JSON download named after the"
                    + " schema and the day")
    @GetMapping("/snapshot")
    ResponseEntity<Snapshot> snapshot(@PathVariable String db, @PathVariable String schema) throws SQLException {
        directory.requireVisible(db);
        Snapshot snapshot = service.snapshot(db, schema);
        String name = DownloadNames.of(schema, "schema") + "-" + LocalDate.now(ZoneOffset.UTC) + ".snapshot.json";
        ContentDisposition attachment = ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .body(snapshot);
    }

    @Operation(
            summary = "Compare the live schema with a snapshot in storage: the differing objects, and the script"
                    + " that makes the target side match the other")
    @PostMapping("/compare")
    Comparison.Result compare(
            @PathVariable String db, @PathVariable String schema, @RequestBody Comparison.Request request)
            throws SQLException {
        directory.requireVisible(db);
        return service.compare(db, schema, request);
    }
}
