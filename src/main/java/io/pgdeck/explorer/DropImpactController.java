package io.pgdeck.explorer;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.SQLException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a drop with CASCADE would take with it, across schemas, so the drop dialog can list it before anything runs.
 * Read-only: it answers in production too, where the drop itself is refused by the role.
 */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas/{schema}")
final class DropImpactController {

    private static final String CASCADE = SqlResource.load(DropImpactController.class, "cascade.sql");

    private final DatabaseDirectory directory;
    private final CatalogReader reader;
    private final ObjectCatalog catalog;

    DropImpactController(DatabaseDirectory directory, CatalogReader reader, ObjectCatalog catalog) {
        this.directory = directory;
        this.reader = reader;
        this.catalog = catalog;
    }

    @GetMapping("/cascade")
    ArrayNode schema(@PathVariable String db, @PathVariable String schema) throws SQLException {
        directory.requireVisible(db);
        ObjectNode target = catalog.schema(db, schema);
        return reader.list(db, CASCADE, "pg_namespace", target.get("oid").asLong(), schema);
    }

    @GetMapping("/{kind}/{name}/cascade")
    ArrayNode object(
            @PathVariable String db, @PathVariable String schema, @PathVariable String kind, @PathVariable String name)
            throws SQLException {
        directory.requireVisible(db);
        ObjectKind known = Problems.kindNamed(kind);
        ObjectNode target = catalog.require(db, schema, known, name);
        return reader.list(db, CASCADE, Kinds.catalog(known), target.get("oid").asLong(), schema);
    }
}
