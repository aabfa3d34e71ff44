package io.pgdeck.account;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in session on the server once it has been idle for {@code pgdeck.session.idle-timeout} or has lasted
 * {@code pgdeck.session.max-age}. Only what a person does counts as activity: the page's own background requests
 * (marked {@value #BACKGROUND}, and the session status it polls) do not keep a session alive.
 */
final class SessionLimits extends OncePerRequestFilter {

    static final String BACKGROUND = "X-Pgdeck-Background";
    static final String STARTED = "pgdeck.session.started";
    static final String LAST_ACTIVITY = "pgdeck.session.lastActivity";
    static final String ENDED = "pgdeck.session.ended";
    private static final String EXPIRED_COOKIE = "pgdeck-session-expired";

    private final SessionProperties properties;
    private final Audit audit;

    SessionLimits(SessionProperties properties, Audit audit) {
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            Instant now = Instant.now();
            Instant started = (Instant) session.getAttribute(STARTED);
            Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
            if (started == null) {
                session.setAttribute(STARTED, started = now);
            }
            String reason = endedBy(started, last, properties, now);
            if (reason != null) {
                end(session, reason, audit);
                expired(request, response);
                return;
            }
            if (isActivity(request)) {
                // Sessions live in the state store: write only what changed (activity to the second).
                if (last == null || Duration.between(last, now).toSeconds() >= 1) {
                    session.setAttribute(LAST_ACTIVITY, now);
                }
                if (!Actor.current().equals(session.getAttribute(IdentityFilter.SESSION_ACTOR))) {
                    session.setAttribute(IdentityFilter.SESSION_ACTOR, Actor.current());
                }
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Which limit ended the session by {@code now} ({@code idle} or {@code max-age}), or null while it lives. When both
     * have passed (nobody looked in between), the one reached first is the reason: a session left idle at 10:00 with
     * a 15-minute timeout ended idle at 10:15, even if its maximum age also passed before anyone noticed.
     */
    static String endedBy(Instant started, Instant last, SessionProperties properties, Instant now) {
        Instant ageEnd = started == null ? null : started.plus(properties.maxAge());
        Instant idleEnd = last == null ? null : last.plus(properties.idleTimeout());
        boolean aged = ageEnd != null && !ageEnd.isAfter(now);
        boolean idle = idleEnd != null && !idleEnd.isAfter(now);
        if (aged && idle) {
            return idleEnd.isBefore(ageEnd) ? "idle" : "max-age";
        }
        return aged ? "max-age" : idle ? "idle" : null;
    }

    /** What is left of the session before it ends, idle or not. */
    static Duration remaining(HttpSession session, SessionProperties properties, Instant now) {
        Instant started = (Instant) session.getAttribute(STARTED);
        Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
        Duration idleLeft = Duration.between(now, (last == null ? now : last).plus(properties.idleTimeout()));
        Duration ageLeft = Duration.between(now, (started == null ? now : started).plus(properties.maxAge()));
        return idleLeft.compareTo(ageLeft) < 0 ? idleLeft : ageLeft;
    }

    /** Records how the session ended, once, and ends it. */
    static void end(HttpSession session, String reason, Audit audit) {
        try {
            if (session.getAttribute(ENDED) == null) {
                session.setAttribute(ENDED, reason);
                record(session, reason, audit);
            }
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Ended meanwhile by another request: it was recorded there.
        }
    }

    static void record(HttpSession session, String reason, Audit audit) {
        Actor actor =
                session.getAttribute(IdentityFilter.SESSION_ACTOR) instanceof Actor known ? known : Actor.current();
        audit.recordAs(
                actor,
                "logout",
                Audit.SUCCESS,
                null,
                switch (reason) {
                    case "idle" -> "session ended after being idle";
                    case "max-age" -> "session ended at its maximum age";
                    default -> "logged out";
                },
                Map.of("reason", reason));
    }

    private static boolean isActivity(HttpServletRequest request) {
        return request.getHeader(BACKGROUND) == null
                && !request.getRequestURI().equals("/api/v1/session")
                && !request.getRequestURI().equals("/api/v1/events");
    }

    /**
     * Whichever request finds the session ended (the page's next call, often), the login page it leads to says why:
     * a short-lived cookie tells it.
     */
    static boolean justExpired(HttpServletRequest request) {
        return request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> c.getName().equals(EXPIRED_COOKIE));
    }

    static void forgetExpiry(HttpServletRequest request, HttpServletResponse response) {
        if (justExpired(request)) {
            response.addHeader("Set-Cookie", EXPIRED_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        }
    }

    private static void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.addHeader("Set-Cookie", EXPIRED_COOKIE + "=1; Path=/; Max-Age=300; HttpOnly; SameSite=Strict");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Your session expired. Log in again.\",\"expired\":true}");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}
