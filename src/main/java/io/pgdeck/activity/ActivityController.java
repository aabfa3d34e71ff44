package io.pgdeck.activity;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Dashboard's API: sessions, locks and counters of the visible databases, and signals to sessions. */
@RestController
@RequestMapping("/api/v1/activity")
class ActivityController {

    private final Activity activity;
    private final Signals signals;

    ActivityController(Activity activity, Signals signals) {
        this.activity = activity;
        this.signals = signals;
    }

    @Operation(summary = "Sessions of the visible databases (or of ?database=), the query text cut to 2,000 characters")
    @GetMapping("/sessions")
    List<Map<String, Object>> sessions(@RequestParam(required = false) String database) throws SQLException {
        return activity.sessions(database);
    }

    @Operation(summary = "A session's whole query text")
    @GetMapping("/sessions/{pid}/query")
    Map<String, String> query(@PathVariable int pid) throws SQLException {
        return Map.of("query", String.valueOf(activity.query(pid)));
    }

    @Operation(summary = "Locks held and awaited, each with the sessions blocking it")
    @GetMapping("/locks")
    List<Map<String, Object>> locks(@RequestParam(required = false) String database) throws SQLException {
        return activity.locks(database);
    }

    @Operation(summary = "Counters (commits, rollbacks, blocks, tuples), sessions by state, prepared transactions")
    @GetMapping("/stats")
    Map<String, Object> stats(@RequestParam(required = false) String database) throws SQLException {
        return activity.stats(database);
    }

    @Operation(summary = "Cancel a session's running query")
    @PostMapping("/sessions/{pid}/cancel")
    ResponseEntity<Void> cancel(@PathVariable int pid) throws SQLException {
        signals.cancel(pid);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "End a session (staging only)")
    @PostMapping("/sessions/{pid}/terminate")
    ResponseEntity<Void> terminate(@PathVariable int pid) throws SQLException {
        signals.terminate(pid);
        return ResponseEntity.noContent().build();
    }
}
