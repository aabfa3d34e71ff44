package io.pgdeck.explorer;

import io.pgdeck.explorer.ChangeRunner.Change;
import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.server.ServerConnections;
import io.pgdeck.web.Problems;
import java.sql.SQLException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creating and dropping databases and roles: only where the deployment allows it (single-tenant staging with a role
 * that has the power); 403 elsewhere, before anything happens. Each takes {@code ?preview=true}.
 */
@RestController
@RequestMapping("/api/v1")
class ServerChangeController {

    private final DatabaseDirectory directory;
    private final Capabilities capabilities;
    private final ChangeRunner runner;
    private final ServerConnections connections;

    ServerChangeController(
            DatabaseDirectory directory,
            Capabilities capabilities,
            ChangeRunner runner,
            ServerConnections connections) {
        this.directory = directory;
        this.capabilities = capabilities;
        this.runner = runner;
        this.connections = connections;
    }

    @PostMapping("/databases")
    ResponseEntity<Change> createDatabase(
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ServerStatements.DatabaseCreate database)
            throws SQLException {
        allowed(capabilities.createDatabase(), "Databases cannot be created in this deployment.");
        List<String> statements = ServerStatements.createDatabase(database);
        return created(runner.applyOneByOne(connections.defaultDatabase(), statements, preview));
    }

    /** With {@code force}, sessions still connected to the database (pgdeck's own idle ones too) are ended. */
    @DeleteMapping("/databases/{db}")
    Change dropDatabase(
            @PathVariable String db,
            @RequestParam(defaultValue = "false") boolean force,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        directory.requireVisible(db);
        allowed(capabilities.createDatabase(), "Databases cannot be dropped in this deployment.");
        if (db.equals(connections.defaultDatabase())) {
            throw Problems.conflict(
                    "'" + db + "' is the database pgdeck connects to first: it cannot be dropped here.");
        }
        return runner.applyOneByOne(connections.defaultDatabase(), ServerStatements.dropDatabase(db, force), preview);
    }

    @PostMapping("/roles")
    ResponseEntity<Change> createRole(
            @RequestParam(defaultValue = "false") boolean preview, @RequestBody ServerStatements.Role role)
            throws SQLException {
        allowed(capabilities.createRole(), "Roles cannot be created in this deployment.");
        List<String> statements = ServerStatements.createRole(role);
        return created(runner.apply(
                connections.defaultDatabase(), statements, ServerStatements.shown(statements, role), preview));
    }

    @PatchMapping("/roles/{role}")
    Change alterRole(
            @PathVariable String role,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ServerStatements.Role change)
            throws SQLException {
        allowed(capabilities.createRole(), "Roles cannot be changed in this deployment.");
        List<String> statements = ServerStatements.alterRole(role, change);
        return runner.apply(
                connections.defaultDatabase(), statements, ServerStatements.shown(statements, change), preview);
    }

    @DeleteMapping("/roles/{role}")
    Change dropRole(@PathVariable String role, @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        allowed(capabilities.createRole(), "Roles cannot be dropped in this deployment.");
        return runner.apply(connections.defaultDatabase(), ServerStatements.dropRole(role), preview);
    }

    private static void allowed(boolean allowed, String detail) {
        if (!allowed) {
            throw Problems.forbidden(detail);
        }
    }

    private static ResponseEntity<Change> created(Change change) {
        return ResponseEntity.status(change.executed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(change);
    }
}
