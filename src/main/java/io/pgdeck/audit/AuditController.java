package io.pgdeck.audit;

import io.pgdeck.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for auditors: pages newest first with a cursor, and the whole filtered log as CSV or JSON. */
@RestController
class AuditController {

    record Page(List<AuditRecord> items, String next) {}

    static final int DEFAULT_LIMIT = 100;
    static final int LARGEST_LIMIT = 1000;

    private final AuditLog log;
    private final Audit audit;

    AuditController(AuditLog log, Audit audit) {
        this.log = log;
        this.audit = audit;
    }

    @Operation(
            summary = "Read the audit log, newest first, filtered by time range, kind, outcome and free text; "
                    + "next is the cursor of the following page")
    @GetMapping("/api/v1/audit")
    Page auditPage(
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        AuditFilter filter = AuditFilter.of(since, until, kind, outcome, q, cursor);
        int size = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, LARGEST_LIMIT));
        // What this person did just before asking is there to be read.
        audit.awaitStored();
        List<AuditRecord> items = log.page(filter, size);
        String next = items.size() < size
                ? null
                : String.valueOf(items.get(items.size() - 1).id());
        return new Page(items, next);
    }

    @Operation(summary = "Export the filtered audit log as CSV or JSON (streamed)")
    @GetMapping("/api/v1/audit/export")
    void exportAudit(
            @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String until,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = AuditFilter.of(since, until, kind, outcome, q, null);
        AuditExport export = AuditExport.of(format)
                .orElseThrow(() -> Problems.badRequest("format must be csv or json; got '" + format + "'."));
        audit.record(
                "audit-export",
                Audit.SUCCESS,
                null,
                "audit log exported as " + format,
                Map.of("format", format, "filter", String.valueOf(filter)));
        audit.awaitStored();
        response.setContentType(export.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit." + export.extension() + "\"");
        export.write(log, filter, response.getOutputStream());
    }
}
