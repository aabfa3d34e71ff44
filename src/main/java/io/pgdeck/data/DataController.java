package io.pgdeck.data;

import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * View/Edit Data: pages of any table, view, materialized view or foreign table; changes, import and export of tables.
 * {@code kind} is the Object Explorer's path segment: {@code tables}, {@code views}, {@code materialized-views},
 * {@code foreign-tables}.
 */
@RestController
@RequestMapping("/api/v1/databases/{db}/schemas/{schema}")
class DataController {

    record Count(long count) {}

    private static final int EXPORT_BUFFER = 1 << 16;

    private final DatabaseDirectory directory;
    private final RowReader reader;
    private final ChangeApplier changes;
    private final TableExport export;
    private final CsvImport csvImport;

    DataController(
            DatabaseDirectory directory,
            RowReader reader,
            ChangeApplier changes,
            TableExport export,
            CsvImport csvImport) {
        this.directory = directory;
        this.reader = reader;
        this.changes = changes;
        this.export = export;
        this.csvImport = csvImport;
    }

    /**
     * A page of rows in a stable order: the key (or ctid) unless {@code sort} says otherwise, and then the key after
     * it. {@code sort} is {@code col,-col2}; {@code filter} a JSON list of {@code {column, op, value}}; {@code where}
     * free SQL for the WHERE clause; {@code after} the {@code next} cursor of the previous page, which finds the page
     * after it without counting past an offset.
     */
    @GetMapping("/{kind}/{name}/rows")
    RowsPage rows(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable String name,
            @RequestParam(required = false) Long offset,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String where,
            @RequestParam(required = false) String after)
            throws SQLException {
        RelationName relation = relation(db, schema, kind, name);
        return reader.page(db, relation, RowsRequest.of(offset, limit, sort, filter, where, after));
    }

    /** The exact number of rows the filter leaves, counted on demand. */
    @GetMapping("/{kind}/{name}/count")
    Count count(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable String name,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String where)
            throws SQLException {
        return new Count(reader.count(db, relation(db, schema, kind, name), filter, where));
    }

    /**
     * Applies inserts, updates and deletes in one transaction. 409 with {@code conflicts} (each change's key and the
     * row's current values, or null when it is gone) when a row changed since it was read: then nothing is applied.
     */
    @PostMapping("/tables/{table}/changes")
    ChangeResult changes(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestBody ChangeRequest request)
            throws SQLException {
        return changes.apply(db, relation(db, schema, "tables", table), request);
    }

    /**
     * Imports the CSV file sent as the request body. With {@code header} (the default) the first line names the
     * columns. A bad line answers 400 with its {@code line} number and nothing is imported.
     */
    @PostMapping("/tables/{table}/import")
    @Operation(
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The CSV file, streamed as the request body",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", format = "binary"))))
    CsvImport.Result importCsv(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(defaultValue = "true") boolean header,
            @RequestParam(defaultValue = ",") String delimiter,
            @RequestParam(defaultValue = "\"") String quote,
            @RequestParam(name = "null", defaultValue = "") String nullString,
            @RequestParam(defaultValue = "UTF8") String encoding,
            InputStream body)
            throws SQLException {
        directory.requireVisible(db);
        CsvImport.Options options = new CsvImport.Options(
                header, single("delimiter", delimiter), single("quote", quote), nullString, encoding);
        return csvImport.importCsv(db, schema, table, body, options);
    }

    /** Streams the rows as {@code csv} (COPY) or {@code json}, with the same optional sort and filter as the grid. */
    @GetMapping("/{kind}/{name}/export")
    void export(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String kind,
            @PathVariable String name,
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) String where,
            HttpServletResponse response)
            throws SQLException, IOException {
        TableExport.Format chosen = TableExport.Format.of(format);
        TableExport.Export prepared = export.prepare(db, relation(db, schema, kind, name), chosen, sort, filter, where);
        response.setContentType(chosen.mediaType + ";charset=UTF-8");
        response.setBufferSize(EXPORT_BUFFER);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(prepared.filename(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        prepared.writeTo(response.getOutputStream());
    }

    private RelationName relation(String db, String schema, String kind, String name) {
        directory.requireVisible(db);
        return new RelationName(schema, name, RelationKind.fromPath(kind));
    }

    private static char single(String option, String value) {
        if (value.length() != 1) {
            throw Problems.badRequest("The " + option + " must be one character, not '" + value + "'.");
        }
        return value.charAt(0);
    }
}
