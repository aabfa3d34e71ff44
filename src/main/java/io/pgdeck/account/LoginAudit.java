package io.pgdeck.account;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins (success, failure, lockout) from Spring Security's authentication events, logouts, and sessions that
 * end without one (idle, maximum age), each with the client's address and user agent.
 */
@Component
final class LoginAudit implements HttpSessionListener, LogoutHandler {

    private final Audit audit;
    private final TeamAccount account;
    private final LoginLockout lockout;
    private final SessionProperties properties;

    LoginAudit(Audit audit, TeamAccount account, LoginLockout lockout, SessionProperties properties) {
        this.properties = properties;
        this.audit = audit;
        this.account = account;
        this.lockout = lockout;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        audit.record("login", Audit.SUCCESS, null, "logged in", Map.of("event", "success"));
        HttpServletRequest request = currentRequest();
        if (request != null) {
            HttpSession session = request.getSession();
            Instant now = Instant.now();
            session.setAttribute(SessionLimits.STARTED, now);
            session.setAttribute(SessionLimits.LAST_ACTIVITY, now);
            session.setAttribute(IdentityFilter.SESSION_ACTOR, Actor.current());
            // Kept a little past the idle timeout, so AbandonedSessions records its end before the store drops it.
            session.setMaxInactiveInterval(
                    (int) properties.idleTimeout().plus(AbandonedSessions.GRACE).toSeconds());
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        // A username that is not the account's may be a password typed in the wrong field: it is not kept.
        String username = account.username().equals(typed) ? typed : "(another name)";
        if (event.getException() instanceof LockedException) {
            audit.record(
                    "login",
                    Audit.DENIED,
                    null,
                    "login refused: the account is locked",
                    Map.of("event", "lockout", "username", username));
            return;
        }
        audit.record(
                "login",
                Audit.FAILURE,
                null,
                "wrong username or password",
                Map.of("event", "failure", "username", username));
        if (lockout.isLocked(Actor.current().clientAddress())) {
            audit.record(
                    "login",
                    Audit.DENIED,
                    null,
                    "account locked after too many failed logins",
                    Map.of(
                            "event",
                            "lockout",
                            "lockedUntil",
                            String.valueOf(lockout.lockedUntil(Actor.current().clientAddress())
                                    .orElse(null))));
        }
    }

    /** Logging out: recorded before the session goes, so its end is not taken for an expiry. */
    @Override
    public void logout(
            HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Authentication who) {
        HttpSession session = request.getSession(false);
        if (session != null && who != null && session.getAttribute(SessionLimits.ENDED) == null) {
            session.setAttribute(SessionLimits.ENDED, "logout");
            SessionLimits.record(session, "logout", audit);
        }
    }

    /** A logged-in session the container ended for lack of requests was idle. */
    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        try {
            if (session.getAttribute(IdentityFilter.SESSION_ACTOR) != null
                    && session.getAttribute(SessionLimits.ENDED) == null) {
                SessionLimits.record(session, "idle", audit);
            }
        } catch (IllegalStateException alreadyInvalid) {
            // Nothing left to read.
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
