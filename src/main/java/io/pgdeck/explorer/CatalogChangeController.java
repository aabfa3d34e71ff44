package io.pgdeck.explorer;

import io.pgdeck.explorer.ChangeRunner.Change;
import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.sql.ObjectKind;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating, changing and dropping objects in one database. Every endpoint takes {@code ?preview=true} to answer the
 * SQL without running it; otherwise the statements run in one transaction and the answer is the SQL that ran.
 * Refused (403) where the deployment may not write, before anything else happens.
 */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas")
class CatalogChangeController {

    private final DatabaseDirectory directory;
    private final Capabilities capabilities;
    private final ChangeRunner runner;
    private final ObjectCatalog catalog;

    CatalogChangeController(
            DatabaseDirectory directory, Capabilities capabilities, ChangeRunner runner, ObjectCatalog catalog) {
        this.directory = directory;
        this.capabilities = capabilities;
        this.runner = runner;
        this.catalog = catalog;
    }

    @PostMapping
    ResponseEntity<Change> createSchema(
            @PathVariable String db,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.SchemaCreate schema)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, ObjectStatements.createSchema(schema), preview));
    }

    @PatchMapping("/{schema}")
    Change alterSchema(
            @PathVariable String db,
            @PathVariable String schema,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.SchemaCreate change)
            throws SQLException {
        writable(db);
        return runner.apply(db, ObjectStatements.alterSchema(schema, change), preview);
    }

    @DeleteMapping("/{schema}")
    Change dropSchema(
            @PathVariable String db,
            @PathVariable String schema,
            @RequestParam(defaultValue = "false") boolean cascade,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        writable(db);
        catalog.schema(db, schema);
        return runner.apply(
                db, List.of(Statements.drop("SCHEMA", Statements.name("schema", schema), cascade)), preview);
    }

    @PostMapping("/{schema}/tables")
    ResponseEntity<Change> createTable(
            @PathVariable String db,
            @PathVariable String schema,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.Create table)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, TableStatements.create(schema, table), preview));
    }

    @PatchMapping("/{schema}/tables/{table}")
    Change alterTable(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.Alter change)
            throws SQLException {
        writable(db);
        return runner.apply(db, TableStatements.alter(schema, table, change), preview);
    }

    @PostMapping("/{schema}/tables/{table}/columns")
    ResponseEntity<Change> addColumn(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.Column column)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, TableStatements.addColumn(schema, table, column), preview));
    }

    @PatchMapping("/{schema}/tables/{table}/columns/{column}")
    Change alterColumn(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @PathVariable String column,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.ColumnChange change)
            throws SQLException {
        writable(db);
        return runner.apply(db, TableStatements.alterColumn(schema, table, column, change), preview);
    }

    @DeleteMapping("/{schema}/tables/{table}/columns/{column}")
    Change dropColumn(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @PathVariable String column,
            @RequestParam(defaultValue = "false") boolean cascade,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        writable(db);
        return runner.apply(db, TableStatements.dropColumn(schema, table, column, cascade), preview);
    }

    @PostMapping("/{schema}/tables/{table}/constraints")
    ResponseEntity<Change> addConstraint(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.Constraint constraint)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, TableStatements.addConstraint(schema, table, constraint), preview));
    }

    @DeleteMapping("/{schema}/tables/{table}/constraints/{constraint}")
    Change dropConstraint(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @PathVariable String constraint,
            @RequestParam(defaultValue = "false") boolean cascade,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        writable(db);
        return runner.apply(db, TableStatements.dropConstraint(schema, table, constraint, cascade), preview);
    }

    @PostMapping("/{schema}/tables/{table}/indexes")
    ResponseEntity<Change> createIndex(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody TableStatements.Index index)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, TableStatements.createIndex(schema, table, index), preview));
    }

    @DeleteMapping("/{schema}/tables/{table}/indexes/{index}")
    Change dropIndex(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @PathVariable String index,
            @RequestParam(defaultValue = "false") boolean cascade,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        writable(db);
        return runner.apply(db, TableStatements.dropIndex(schema, index, cascade), preview);
    }

    @PostMapping("/{schema}/{kind:views|materialized-views}")
    ResponseEntity<Change> createView(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.ViewCreate view)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, ObjectStatements.createView(schema, Problems.kindNamed(kind), view), preview));
    }

    @PatchMapping("/{schema}/{kind:views|materialized-views}/{name}")
    Change alterView(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable("name") String view,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.ViewAlter change)
            throws SQLException {
        writable(db);
        return runner.apply(db, ObjectStatements.alterView(schema, view, Problems.kindNamed(kind), change), preview);
    }

    @PostMapping("/{schema}/sequences")
    ResponseEntity<Change> createSequence(
            @PathVariable String db,
            @PathVariable String schema,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.SequenceCreate sequence)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, ObjectStatements.createSequence(schema, sequence), preview));
    }

    @PatchMapping("/{schema}/sequences/{sequence}")
    Change alterSequence(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String sequence,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody ObjectStatements.SequenceAlter change)
            throws SQLException {
        writable(db);
        return runner.apply(db, ObjectStatements.alterSequence(schema, sequence, change), preview);
    }

    @PostMapping("/{schema}/{kind:functions|procedures|trigger-functions}")
    ResponseEntity<Change> createRoutine(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @RequestParam(defaultValue = "false") boolean preview,
            @RequestBody RoutineStatements.Create routine)
            throws SQLException {
        writable(db);
        return created(runner.apply(db, RoutineStatements.create(schema, Problems.kindNamed(kind), routine), preview));
    }

    /** Drops an object of any kind; routines by signature, dropped with their argument types. */
    @DeleteMapping("/{schema}/{kind}/{name}")
    Change drop(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable String name,
            @RequestParam(defaultValue = "false") boolean cascade,
            @RequestParam(defaultValue = "false") boolean preview)
            throws SQLException {
        writable(db);
        ObjectKind dropped = Problems.kindNamed(kind);
        ObjectNode object = catalog.require(db, schema, dropped, name);
        String target = Statements.qualified(schema, object.get("name").asString());
        if (dropped.family() == ObjectKind.Family.ROUTINE) {
            // The server's own rendering of the argument types, quoted as needed, names what to drop.
            target += "(" + object.get("identityArguments").asString() + ")";
        }
        return runner.apply(db, List.of(Statements.drop(dropped.keyword(), target, cascade)), preview);
    }

    private void writable(String db) {
        directory.requireAllowed(
                db,
                capabilities.write(),
                "This deployment is read-only: objects cannot be created, changed or dropped.");
    }

    private static ResponseEntity<Change> created(Change change) {
        return ResponseEntity.status(change.executed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(change);
    }
}
