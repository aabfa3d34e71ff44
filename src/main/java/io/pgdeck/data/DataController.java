package io.pgdeck.data;

import io.pgdeck.audit.Audit;
import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.web.ExportFormat;
import io.pgdeck.web.Problems;
import io.pgdeck.web.SpreadsheetSafeCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final ImportJobs imports;
    private final Capabilities capabilities;
    private final Audit audit;

    DataController(
            DatabaseDirectory directory,
            RowReader reader,
            ChangeApplier changes,
            TableExport export,
            ImportJobs imports,
            Capabilities capabilities,
            Audit audit) {
        this.audit = audit;
        this.directory = directory;
        this.reader = reader;
        this.changes = changes;
        this.export = export;
        this.imports = imports;
        this.capabilities = capabilities;
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
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "false") boolean full)
            throws SQLException {
        RelationName relation = relation(db, schema, kind, name);
        return reader.page(db, relation, RowsRequest.of(offset, limit, sort, filter, where, after, full));
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
        directory.requireAllowed(db, capabilities.write(), RelationCatalog.READ_ONLY);
        RelationName relation = new RelationName(schema, table, ObjectKind.TABLES);
        return audit.attempt(
                "data-edit",
                db,
                "edit " + schema + "." + table,
                DataAudit.edit(schema, table, request),
                () -> changes.apply(db, relation, request));
    }

    /**
     * Imports a CSV file of the storage area as a job: 202 with the job, which Processes shows. Everything that can be
     * refused is checked first: 403 in a read-only deployment, 404 for a table or a file that is not there, 400 for a
     * path leaving the storage area or options COPY would not take. A bad line fails the job, its log naming the line,
     * and nothing is imported.
     */
    @PostMapping(path = "/tables/{table}/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import CSV into the table, as a job (202 with its jobId)",
            description = "Two forms. JSON {file, options: {header, delimiter, quote, null, encoding}}: a file of"
                    + " the storage area. text/csv: the CSV itself as the body, for scripts (curl -H 'Content-Type:"
                    + " text/csv' --data-binary @file.csv), with the options as query parameters. Options left out"
                    + " take their defaults: header true, delimiter ',', quote '\"', null '' (an empty unquoted"
                    + " field), encoding UTF8. The job runs one COPY in one transaction: every line goes in, or it"
                    + " fails naming the bad line and nothing is imported.")
    @ApiResponse(responseCode = "202", description = "Queued; follow it at /api/v1/jobs/{jobId}")
    @ApiResponse(
            responseCode = "400",
            description = "A path leaving storage, a folder, or an option COPY would refuse",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "403",
            description = "The deployment is read-only",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(
            responseCode = "404",
            description = "No such database or table, or no such file in storage",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<ImportJobs.Started> importFile(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestBody ImportRequest request)
            throws SQLException {
        ImportJobs.Target target = importTarget(db, schema, table);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.fromStorage(target, request));
    }

    /**
     * The same import for scripts: the CSV is the request body ({@code Content-Type: text/csv}) and the options are
     * query parameters. The body is kept in pgdeck's own state folder until the job ends.
     */
    @PostMapping(path = "/tables/{table}/import", consumes = "text/csv")
    // Documented with the JSON form: both are one operation of the OpenAPI description.
    @Operation(
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "The CSV file, streamed as the request body",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "text/csv",
                                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<ImportJobs.Started> importBody(
            @PathVariable String db,
            @PathVariable String schema,
            @PathVariable String table,
            @RequestParam(required = false) Boolean header,
            @RequestParam(required = false) String delimiter,
            @RequestParam(required = false) String quote,
            @RequestParam(name = "null", required = false) String nullString,
            @RequestParam(required = false) String encoding,
            InputStream body)
            throws SQLException {
        ImportJobs.Target target = importTarget(db, schema, table);
        ImportRequest.Options options = new ImportRequest.Options(header, delimiter, quote, nullString, encoding);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.fromBody(target, options, body));
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
            @RequestParam(defaultValue = "false") boolean neutralizeFormulas,
            HttpServletResponse response)
            throws SQLException, IOException {
        ExportFormat chosen = ExportFormat.of(format);
        TableExport.Export prepared = export.prepare(db, relation(db, schema, kind, name), chosen, sort, filter, where);
        response.setContentType(chosen.mediaType + ";charset=UTF-8");
        response.setBufferSize(EXPORT_BUFFER);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(prepared.filename(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        Map<String, String> detail =
                Map.of("object", schema + "." + name, "format", format, "where", String.valueOf(where));
        try {
            java.io.OutputStream out = response.getOutputStream();
            prepared.writeTo(neutralizeFormulas && chosen == ExportFormat.CSV ? new SpreadsheetSafeCsv(out) : out);
        } catch (IOException | SQLException | RuntimeException e) {
            audit.record(
                    "export",
                    Audit.FAILURE,
                    db,
                    "export " + schema + "." + name,
                    Map.of("error", String.valueOf(e.getMessage()), "request", detail));
            throw e;
        }
        audit.record("export", Audit.SUCCESS, db, "export " + schema + "." + name, detail);
    }

    private RelationName relation(String db, String schema, String kind, String name) {
        directory.requireVisible(db);
        return new RelationName(schema, name, relationKind(kind));
    }

    private static ObjectKind relationKind(String segment) {
        return ObjectKind.ofSegment(segment)
                .filter(ObjectKind::isRelation)
                .orElseThrow(() -> Problems.notFound("Data can be viewed for tables, views, materialized views and"
                        + " foreign tables, not '" + segment + "'."));
    }

    /** Changes are refused in a read-only deployment before anything else is looked at, as every writer does. */
    private ImportJobs.Target importTarget(String db, String schema, String table) {
        directory.requireAllowed(db, capabilities.write(), CsvImport.READ_ONLY);
        return new ImportJobs.Target(db, schema, table);
    }
}
