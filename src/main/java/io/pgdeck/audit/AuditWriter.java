package io.pgdeck.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Stores audit records in batches on one thread, then writes each as a JSON line on the audit stream. A full queue
 * makes callers wait rather than drop a record; a store that fails is retried; records that still cannot be stored
 * when pgdeck stops go out on the stream marked {@code "stored": false} and are reported as an error.
 */
@Component
final class AuditWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH = 500;
    private static final Duration LINGER = Duration.ofMillis(200);
    private static final String INSERT = "INSERT INTO audit_record "
            + "(at, kind, outcome, person, client_address, database_name, summary, detail) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    /** Records waiting to be stored hold at most this many characters of text, whatever their number. */
    private static final int QUEUED_CHARS = 16 * 1024 * 1024;

    private record Pending(long sequence, AuditRecord record, int size) {}

    private final DataSource state;
    private final ObjectMapper json;
    private final AuditStream stream;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(QUEUED_CHARS);
    private final Thread thread;
    private final Object written = new Object();
    private long enqueued;
    private volatile long lastWritten;
    private volatile boolean stopping;
    private volatile boolean readerWaiting;

    AuditWriter(DataSource state, ObjectMapper json, AuditStream stream) {
        this.state = state;
        this.json = json;
        this.stream = stream;
        this.thread = new Thread(this::run, "pgdeck-audit");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a record; its time is taken here, in queue order, so ids and times rise together. */
    void enqueue(
            Actor actor, String kind, String outcome, String database, String summary, Map<String, Object> detail) {
        if (actor.userAgent() != null && (kind.equals("login") || kind.equals("logout"))) {
            detail.putIfAbsent("userAgent", actor.userAgent());
        }
        Pending pending;
        synchronized (this) {
            AuditRecord record = new AuditRecord(
                    null,
                    AuditTimes.now(),
                    kind,
                    outcome,
                    actor.person(),
                    actor.clientAddress(),
                    database,
                    summary == null ? "" : summary,
                    detail);
            // A huge script counts as the whole allowance, so it waits for an empty queue instead of forever.
            int size = Math.min(QUEUED_CHARS, record.summary().length() + 256);
            pending = new Pending(++enqueued, record, size);
            try {
                room.acquire(size);
                queue.put(pending);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                // Not lost: written on the stream at once, and said so.
                stream.write(json.writeValueAsString(record), false);
                log.error("audit: a record could not be queued (interrupted); it went to the audit stream only");
            }
        }
    }

    synchronized long lastEnqueued() {
        return enqueued;
    }

    void awaitWritten(long sequence, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (written) {
            readerWaiting = lastWritten < sequence;
            while (lastWritten < sequence && System.nanoTime() < deadline) {
                try {
                    written.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                storeUntilDone(batch);
                batch.clear();
            } catch (InterruptedException e) {
                stopping = true;
            }
        }
    }

    /**
     * Lets a batch fill for a moment after its first record: one commit then serves many statements, which is what
     * keeps recording within a few percent of a statement's own time. A reader waiting for its record cuts it short.
     */
    private void gather(List<Pending> batch) throws InterruptedException {
        long until = System.nanoTime() + LINGER.toNanos();
        while (batch.size() < BATCH && !stopping && !readerWaiting) {
            long left = until - System.nanoTime();
            Pending next = left > 0 ? queue.poll(Math.min(left, 5_000_000L), TimeUnit.NANOSECONDS) : null;
            if (next == null && left <= 0) {
                return;
            }
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, BATCH - batch.size());
            }
        }
    }

    private void storeUntilDone(List<Pending> batch) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                List<Long> ids = store(batch);
                for (int i = 0; i < batch.size(); i++) {
                    AuditRecord record = batch.get(i).record();
                    stream.write(json.writeValueAsString(withId(record, ids.get(i))), true);
                }
                markWritten(batch);
                return;
            } catch (SQLException | RuntimeException e) {
                log.error("audit: storing {} record(s) failed (attempt {}); retrying", batch.size(), attempt, e);
                if (stopping && attempt >= 3) {
                    batch.forEach(p -> stream.write(json.writeValueAsString(p.record()), false));
                    log.error(
                            "audit: pgdeck stops with {} record(s) not stored; they are on the audit stream",
                            batch.size());
                    markWritten(batch);
                    return;
                }
                Thread.sleep(Math.min(5_000, 200L * attempt));
            }
        }
    }

    private List<Long> store(List<Pending> batch) throws SQLException {
        List<Long> ids = new ArrayList<>(batch.size());
        try (Connection connection = state.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Pending pending : batch) {
                    AuditRecord r = pending.record();
                    insert.setString(1, AuditTimes.format(r.at()));
                    insert.setString(2, r.kind());
                    insert.setString(3, r.outcome());
                    insert.setString(4, r.person());
                    insert.setString(5, r.clientAddress());
                    insert.setString(6, r.database());
                    insert.setString(7, r.summary());
                    insert.setString(8, json.writeValueAsString(r.detail()));
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        ids.add(id.getLong(1));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return ids;
    }

    private void markWritten(List<Pending> batch) {
        batch.forEach(p -> room.release(p.size()));
        long sequence = batch.get(batch.size() - 1).sequence();
        synchronized (written) {
            lastWritten = sequence;
            readerWaiting = false;
            written.notifyAll();
        }
    }

    private static AuditRecord withId(AuditRecord r, long id) {
        return new AuditRecord(
                id,
                r.at(),
                r.kind(),
                r.outcome(),
                r.person(),
                r.clientAddress(),
                r.database(),
                r.summary(),
                r.detail());
    }

    /** Stores what is queued before the state store closes. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        thread.join(Duration.ofSeconds(15).toMillis());
    }
}
