package io.pgdeck.server;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/databases")
class DatabaseController {

    record DatabaseSummary(String name) {}

    private final DatabaseDirectory directory;

    DatabaseController(DatabaseDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<DatabaseSummary> databases() {
        return directory.visibleDatabases().stream().map(DatabaseSummary::new).toList();
    }
}
