package io.pgdeck.server;

import io.pgdeck.web.Problems;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * How many connections of their own (query sessions, one-shot scripts, COPY) one deployment may hold on the managed
 * server at once ({@code pgdeck.server.max-connections}): a team on a shared server cannot take the others' share. A
 * connection asked for beyond it waits a moment, then is refused with 429 and Retry-After.
 */
final class ConnectionBudget {

    private static final long WAIT_MS = 1000;

    private final int max;
    private final Semaphore permits;

    ConnectionBudget(int max) {
        this.max = max;
        this.permits = new Semaphore(max, true);
    }

    /** A permit for one more connection, or a 429 problem when the deployment holds all it may. */
    void take() {
        boolean taken;
        try {
            taken = permits.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            ErrorResponseException refused = Problems.problem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many server connections",
                    "This pgdeck already holds " + max + " connections to the database server, the most it may (pgdeck"
                            + ".server.max-connections): close a Query Tool tab or wait for a query to finish, then"
                            + " try again.");
            refused.getHeaders().set("Retry-After", "5");
            throw refused;
        }
    }

    void giveBack() {
        permits.release();
    }

    int inUse() {
        return max - permits.availablePermits();
    }

    /** {@code connection}, whose first close gives its permit back. */
    Connection returnedOnClose(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                        giveBack();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
