package io.pgdeck.backup;

import io.pgdeck.server.Capabilities;
import io.pgdeck.server.DatabaseDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BackupController {

    private final Backups backups;
    private final Capabilities capabilities;
    private final DatabaseDirectory directory;

    BackupController(Backups backups, Capabilities capabilities, DatabaseDirectory directory) {
        this.backups = backups;
        this.capabilities = capabilities;
        this.directory = directory;
    }

    /** The options the Backup dialog starts from for this deployment and scope. */
    @GetMapping("/api/v1/databases/{db}/backups/defaults")
    Backups.BackupDefaultsView defaults(@PathVariable String db, @RequestParam(required = false) String scope) {
        requireAllowed(db);
        return backups.defaults(scope);
    }

    /** Starts a backup (202 with its job); with {@code preview=true} answers its command and warnings instead. */
    @PostMapping("/api/v1/databases/{db}/backups")
    ResponseEntity<Object> backup(
            @PathVariable String db,
            @RequestBody BackupRequest request,
            @RequestParam(defaultValue = "false") boolean preview) {
        requireAllowed(db);
        if (preview) {
            return ResponseEntity.ok(backups.preview(db, request));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(backups.start(db, request));
    }

    private void requireAllowed(String db) {
        directory.requireAllowed(db, capabilities.backup(), "Backups are not available in production.");
    }
}
