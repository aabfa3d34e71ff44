package io.pgdeck.backup;

import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RestoreController {

    private final RestorePlans plans;
    private final Restores restores;
    private final Capabilities capabilities;
    private final DatabaseDirectory directory;

    RestoreController(RestorePlans plans, Restores restores, Capabilities capabilities, DatabaseDirectory directory) {
        this.plans = plans;
        this.restores = restores;
        this.capabilities = capabilities;
        this.directory = directory;
    }

    /** The options the Restore dialog starts from in this deployment. */
    @GetMapping("/api/v1/databases/{db}/restores/defaults")
    RestoreOptions defaults(@PathVariable String db) {
        requireAllowed(db);
        return plans.defaults();
    }

    /** What the file holds and what pgdeck will leave out here, and why; 422 for a file that is not a whole dump. */
    @PostMapping("/api/v1/databases/{db}/restores/analysis")
    RestoreAnalysis analysis(@PathVariable String db, @RequestBody RestoreRequest request) {
        requireAllowed(db);
        return plans.analyse(db, request);
    }

    /** Starts a restore: 202 with its job. */
    @PostMapping("/api/v1/databases/{db}/restores")
    ResponseEntity<Restores.Started> restore(@PathVariable String db, @RequestBody RestoreRequest request) {
        requireAllowed(db);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(restores.start(db, request));
    }

    private void requireAllowed(String db) {
        directory.requireAllowed(db, capabilities.restore(), "Restores are not available in production.");
    }
}
