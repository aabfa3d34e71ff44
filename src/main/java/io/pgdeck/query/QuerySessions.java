package io.pgdeck.query;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Every open query session, each owned by the login (HTTP session) that opened it: another login cannot see it, it
 * closes when that login ends (logout or expiry) or when unused for the idle timeout, and a login holds a bounded
 * number. Calls on one session are serialised; a call that finds it busy waits briefly, then gets a 409.
 */
@Component
final class QuerySessions implements HttpSessionListener, LogoutHandler, DisposableBean {

    private static final String OWNER_ATTRIBUTE = QuerySessions.class.getName() + ".owner";
    private static final long BUSY_WAIT_SECONDS = 10;
    static final String SESSION_NOT_HERE = "querySessionNotHere";

    private final Map<String, QuerySession> sessions = new ConcurrentHashMap<>();
    private final ServerConnections connections;
    private final ProductionGuard production;
    private final QueryProperties properties;

    QuerySessions(ServerConnections connections, ProductionGuard production, QueryProperties properties) {
        this.connections = connections;
        this.production = production;
        this.properties = properties;
    }

    QuerySession open(HttpSession login, String database) {
        String owner = owner(login);
        long held = sessions.values().stream()
                .filter(session -> session.owner().equals(owner))
                .count();
        if (held >= properties.maxSessionsPerLogin()) {
            throw Problems.problem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many query sessions",
                    "This login already holds " + held + " query sessions, the most allowed: close a Query Tool "
                            + "tab first.");
        }
        QuerySession session = new QuerySession(owner, database, connections, production, properties.keptRows());
        sessions.put(session.id(), session);
        return session;
    }

    /** Runs {@code call} on the login's session {@code id} while holding it; 404 for anyone else's. */
    <T> T with(HttpSession login, String id, SessionCall<T> call) throws Exception {
        QuerySession session = find(login, id);
        ReentrantLock lock = session.lock();
        if (!lock.tryLock(BUSY_WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw Problems.conflict("The query session is busy running a statement: wait for it or cancel it.");
        }
        try {
            session.touch();
            return call.apply(session);
        } finally {
            session.touch();
            lock.unlock();
        }
    }

    /** The login's session {@code id}, without taking it: for cancel, which must reach a busy session. */
    QuerySession find(HttpSession login, String id) {
        QuerySession session = sessions.get(id);
        if (session == null || !session.owner().equals(owner(login))) {
            throw sessionNotHere(id);
        }
        return session;
    }

    void close(HttpSession login, String id) {
        QuerySession session = find(login, id);
        sessions.remove(id);
        closeWhenFree(session);
    }

    @Scheduled(fixedDelayString = "PT10S")
    void sweep() {
        closeIdle(properties.sessionIdleTimeout());
        releaseIdleTransactions(properties.heldTransactionTimeout());
    }

    /** Closes the sessions unused for {@code idle}. */
    void closeIdle(Duration idle) {
        whenIdleAndFree(idle, session -> true, session -> {
            sessions.remove(session.id());
            session.close();
        });
    }

    /** See {@link QuerySession#releaseIdleTransaction()}. */
    void releaseIdleTransactions(Duration idle) {
        whenIdleAndFree(idle, QuerySession::holdsOwnTransaction, QuerySession::releaseIdleTransaction);
    }

    /** Acts on each session idle for {@code idle} that {@code which} picks and no request holds right now. */
    private void whenIdleAndFree(Duration idle, Predicate<QuerySession> which, Consumer<QuerySession> action) {
        sessions.values().stream()
                .filter(session -> session.idleNanos() > idle.toNanos() && which.test(session))
                .forEach(session -> {
                    if (session.lock().tryLock()) {
                        try {
                            action.accept(session);
                        } finally {
                            session.lock().unlock();
                        }
                    }
                });
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        closeOwnedBy(event.getSession().getAttribute(OWNER_ATTRIBUTE));
    }

    /**
     * Logging out ends the login's query sessions. Sessions kept in the state store (shared by replicas) send no
     * destroyed event, so logout says so itself; a login that expires has its query sessions closed when idle.
     */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession login = request.getSession(false);
        if (login != null) {
            closeOwnedBy(login.getAttribute(OWNER_ATTRIBUTE));
        }
    }

    private void closeOwnedBy(Object owner) {
        if (owner != null) {
            sessions.values().stream()
                    .filter(session -> session.owner().equals(owner))
                    .toList()
                    .forEach(session -> {
                        sessions.remove(session.id());
                        closeWhenFree(session);
                    });
        }
    }

    /** Cancels what the session runs, so that closing it does not wait for a long statement. */
    private static void closeWhenFree(QuerySession session) {
        try {
            session.cancel();
        } catch (java.sql.SQLException e) {
            // The connection is closed below either way.
        }
        session.lock().lock();
        try {
            session.close();
        } finally {
            session.lock().unlock();
        }
    }

    private static String owner(HttpSession login) {
        Object owner = login.getAttribute(OWNER_ATTRIBUTE);
        if (owner == null) {
            owner = UUID.randomUUID().toString();
            login.setAttribute(OWNER_ATTRIBUTE, owner);
        }
        return (String) owner;
    }

    @Override
    public void destroy() {
        sessions.values().forEach(QuerySession::close);
        sessions.clear();
    }

    @FunctionalInterface
    interface SessionCall<T> {
        T apply(QuerySession session) throws Exception;
    }

    /**
     * A session this replica does not hold: it ended (idle, logout, restart), or the request reached another replica
     * than the one that opened it (a query session's connection lives on one). The code tells the page to open a new
     * session rather than show anything from a session that is not this one.
     */
    static ErrorResponseException sessionNotHere(String id) {
        ErrorResponseException problem = Problems.notFound("No query session " + id + " is open for this login on "
                + "this pgdeck: it ended, or this request reached another replica than the one that opened it. "
                + "Open a new session to go on; its transaction and unread results are gone.");
        problem.getBody().setProperty("code", SESSION_NOT_HERE);
        return problem;
    }
}
