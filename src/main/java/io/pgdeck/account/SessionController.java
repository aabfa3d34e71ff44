package io.pgdeck.account;

import io.pgdeck.audit.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session as the page sees it: who is logged in (the team account and, when the platform names one, the person)
 * and how long until it ends, so the page can warn a minute before. Reading it does not count as activity.
 */
@RestController
class SessionController {

    record SessionInfo(
            String username, String person, long idleTimeoutSeconds, long remainingSeconds, long warnSeconds) {}

    static final long WARN_SECONDS = 60;

    private final SessionProperties properties;

    SessionController(SessionProperties properties) {
        this.properties = properties;
    }

    @Operation(
            summary = "Who is logged in (the team account and the person, when known) and how long until the "
                    + "session ends; does not count as activity")
    @GetMapping("/api/v1/session")
    SessionInfo session(Principal user, HttpSession session) {
        long remaining = Math.max(
                0, SessionLimits.remaining(session, properties, Instant.now()).toSeconds());
        return new SessionInfo(
                user.getName(),
                Actor.current().person(),
                properties.idleTimeout().toSeconds(),
                remaining,
                Math.min(WARN_SECONDS, properties.idleTimeout().toSeconds() / 2));
    }

    /** "Stay logged in": a request that counts as activity and does nothing else. */
    @Operation(summary = "Stay logged in: counts as activity and does nothing else")
    @PostMapping("/api/v1/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
