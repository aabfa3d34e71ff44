package io.pgdeck.explorer.ddl;

import io.pgdeck.server.DatabaseDirectory;
import java.sql.SQLException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SQL panel's text: the statements that recreate one object, or a whole schema, as plain text. */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas/{schema}")
class DdlController {

    private static final MediaType SQL_TEXT =
            new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8);

    private final DatabaseDirectory directory;
    private final DdlScripts scripts;

    DdlController(DatabaseDirectory directory, DdlScripts scripts) {
        this.directory = directory;
        this.scripts = scripts;
    }

    /** The whole schema in dependency order, runnable on an empty database. */
    @GetMapping("/ddl")
    ResponseEntity<String> schema(@PathVariable String db, @PathVariable String schema) throws SQLException {
        directory.requireVisible(db);
        return text(scripts.schema(db, schema));
    }

    /** One object and what belongs to it (a table's constraints, indexes, triggers, policies, rules, grants...). */
    @GetMapping("/{kind}/{name}/ddl")
    ResponseEntity<String> object(
            @PathVariable String db, @PathVariable String schema, @PathVariable String kind, @PathVariable String name)
            throws SQLException {
        directory.requireVisible(db);
        DdlKind known = DdlKind.of(kind);
        return text(scripts.object(db, schema, known, name));
    }

    private static ResponseEntity<String> text(String body) {
        return ResponseEntity.ok().contentType(SQL_TEXT).body(body);
    }
}
