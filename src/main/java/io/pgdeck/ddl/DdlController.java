package io.pgdeck.ddl;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SQL panel's text: the statements that recreate one object, or a whole schema, as plain text. */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas/{schema}")
class DdlController {

    private final DatabaseDirectory directory;
    private final DdlScripts scripts;

    DdlController(DatabaseDirectory directory, DdlScripts scripts) {
        this.directory = directory;
        this.scripts = scripts;
    }

    /** The whole schema in dependency order, runnable on an empty database. */
    @GetMapping("/ddl")
    void schema(@PathVariable String db, @PathVariable String schema, HttpServletResponse response)
            throws SQLException, IOException {
        directory.requireVisible(db);
        write(scripts.schema(db, schema), response);
    }

    /** One object and what belongs to it (a table's constraints, indexes, triggers, policies, rules, grants...). */
    @GetMapping("/{kind}/{name}/ddl")
    void object(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable String name,
            HttpServletResponse response)
            throws SQLException, IOException {
        directory.requireVisible(db);
        ObjectKind known = Problems.kindNamed(kind);
        write(scripts.object(db, schema, known, name), response);
    }

    /** Written only once the script is read, so that a failure before still answers a problem. */
    private static void write(Script script, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        script.writeTo(response.getWriter());
    }
}
