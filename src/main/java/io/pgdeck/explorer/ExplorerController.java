package io.pgdeck.explorer;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** The Object Explorer's read side for one database: its schemas, their objects, and each object's properties. */
@RestController
@RequestMapping("/api/v1/databases/{db}")
class ExplorerController {

    private static final String SCHEMAS = SqlResource.load(ExplorerController.class, "schemas.sql");
    private static final String DATABASE = SqlResource.load(ExplorerController.class, "database.sql");
    private static final String SEARCH = SqlResource.load(ExplorerController.class, "search.sql");
    private static final int SEARCH_LIMIT = 500;

    /** Per-database listings that are not inside a schema, by their URL segment. */
    private enum DatabaseListing {
        EXTENSIONS("extensions"),
        EVENT_TRIGGERS("event-triggers"),
        PUBLICATIONS("publications"),
        SUBSCRIPTIONS("subscriptions");

        final String segment;
        final String sql;

        DatabaseListing(String segment) {
            this.segment = segment;
            this.sql = SqlResource.load(ExplorerController.class, segment + ".sql");
        }

        static DatabaseListing of(String segment) {
            return Arrays.stream(values())
                    .filter(listing -> listing.segment.equals(segment))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final DatabaseDirectory directory;
    private final CatalogReader reader;
    private final ObjectCatalog catalog;

    ExplorerController(DatabaseDirectory directory, CatalogReader reader, ObjectCatalog catalog) {
        this.directory = directory;
        this.reader = reader;
        this.catalog = catalog;
    }

    @GetMapping
    ObjectNode database(@PathVariable String db) throws SQLException {
        directory.requireVisible(db);
        return reader.one(db, DATABASE).orElseThrow();
    }

    @GetMapping("/schemas")
    void schemas(@PathVariable String db, HttpServletResponse response) throws SQLException, IOException {
        directory.requireVisible(db);
        reader.writeList(db, SCHEMAS, json(response), false);
    }

    /** pg_catalog and information_schema, kept apart from the user's schemas. */
    @GetMapping("/catalogs")
    void catalogs(@PathVariable String db, HttpServletResponse response) throws SQLException, IOException {
        directory.requireVisible(db);
        reader.writeList(db, SCHEMAS, json(response), true);
    }

    @GetMapping("/{listing:extensions|event-triggers|publications|subscriptions}")
    void databaseObjects(@PathVariable String db, @PathVariable String listing, HttpServletResponse response)
            throws SQLException, IOException {
        directory.requireVisible(db);
        reader.writeList(db, DatabaseListing.of(listing).sql, json(response));
    }

    @GetMapping("/schemas/{schema}")
    ObjectNode schema(@PathVariable String db, @PathVariable String schema) throws SQLException {
        directory.requireVisible(db);
        return catalog.schema(db, schema);
    }

    @GetMapping("/schemas/{schema}/{kind}")
    void objects(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            HttpServletResponse response)
            throws SQLException, IOException {
        directory.requireVisible(db);
        ObjectKind listed = Problems.kindNamed(kind);
        reader.writeList(db, Kinds.listSql(listed), json(response), Kinds.listParameters(listed, schema));
    }

    @GetMapping("/schemas/{schema}/{kind}/{name}")
    ObjectNode properties(
            @PathVariable String db, @PathVariable String schema, @PathVariable String kind, @PathVariable String name)
            throws SQLException {
        directory.requireVisible(db);
        return catalog.properties(db, schema, Problems.kindNamed(kind), name);
    }

    /** Objects whose name contains {@code q}, ignoring case, optionally of one kind. */
    @GetMapping("/search")
    void search(
            @PathVariable String db,
            @RequestParam String q,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws SQLException, IOException {
        directory.requireVisible(db);
        if (q.isBlank()) {
            throw Problems.badRequest("Give a part of a name to search for (q).");
        }
        String only = kind == null || kind.isBlank() ? null : kind;
        reader.writeList(db, SEARCH, json(response), q, only, only, SEARCH_LIMIT);
    }

    private static CatalogReader.Target json(HttpServletResponse response) {
        return () -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            return response.getOutputStream();
        };
    }
}
