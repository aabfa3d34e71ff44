package io.pgdeck.maintenance;

import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MaintenanceController {

    private final Maintenance maintenance;
    private final Capabilities capabilities;
    private final DatabaseDirectory directory;

    MaintenanceController(Maintenance maintenance, Capabilities capabilities, DatabaseDirectory directory) {
        this.maintenance = maintenance;
        this.capabilities = capabilities;
        this.directory = directory;
    }

    /** Starts VACUUM, ANALYZE, REINDEX or CLUSTER on a table or a schema: 202 with its job. */
    @PostMapping("/api/v1/databases/{db}/maintenance")
    ResponseEntity<Maintenance.Started> start(@PathVariable String db, @RequestBody MaintenanceRequest request) {
        directory.requireAllowed(
                db, capabilities.write(), "Maintenance changes the database, which this deployment does not allow.");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(maintenance.start(db, request));
    }
}
