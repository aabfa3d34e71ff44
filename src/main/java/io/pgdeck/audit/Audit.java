package io.pgdeck.audit;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What every feature records into: one call per action, made where the action ends. Recording never blocks on the
 * state store (a writer thread stores records in batches) and never loses a record: when the writer falls behind, the
 * caller waits for room.
 */
@Service
public final class Audit {

    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final String CANCELLED = "cancelled";
    public static final String DENIED = "denied";

    private static final String QUERY_CANCELED = "57014";

    /**
     * For bench/audit-bench.sh only, which measures what recording adds to a statement: the JVM system property
     * {@value #BENCH_OFF} (nothing else can set it) stops statements from being recorded. It is announced in the log
     * and recorded in the configuration at start, so it can never be on unnoticed.
     */
    static final String BENCH_OFF = "pgdeck.audit.statements-off-for-bench";

    private final AuditWriter writer;
    private final boolean statementsOff = Boolean.getBoolean(BENCH_OFF);

    Audit(AuditWriter writer) {
        this.writer = writer;
        if (statementsOff) {
            org.slf4j.LoggerFactory.getLogger(Audit.class)
                    .warn("audit: statements are NOT recorded ({} is set, for benchmarks only)", BENCH_OFF);
        }
    }

    boolean statementsOff() {
        return statementsOff;
    }

    /** Records an action of {@code kind} by whoever acts on this thread. */
    public void record(String kind, String outcome, String database, String summary, Map<String, ?> detail) {
        writer.enqueue(Actor.current(), kind, outcome, database, summary, new LinkedHashMap<>(detail));
    }

    /** Records an action on behalf of {@code actor} (a login, whose request is not yet anyone's). */
    public void recordAs(
            Actor actor, String kind, String outcome, String database, String summary, Map<String, ?> detail) {
        writer.enqueue(actor, kind, outcome, database, summary, new LinkedHashMap<>(detail));
    }

    /**
     * Records a statement (or script) run on the managed server, its password literals masked, with what the feature
     * knows of each statement of a script in {@code parts} ({@code statements}, where it failed).
     *
     * @param source where it was run: {@code query-tool}, {@code one-shot}, {@code explain}, {@code explorer}
     * @param sqlState null when it succeeded
     */
    public void statement(
            String source,
            String database,
            String sql,
            Instant start,
            long durationMs,
            long rows,
            String sqlState,
            String error,
            Map<String, ?> parts) {
        if (statementsOff) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", source);
        detail.put("start", start.toString());
        detail.put("durationMs", durationMs);
        detail.put("rows", rows);
        if (sqlState != null || error != null) {
            detail.put("sqlState", sqlState);
            detail.put("error", error);
        }
        detail.putAll(parts);
        String outcome =
                sqlState == null && error == null ? SUCCESS : QUERY_CANCELED.equals(sqlState) ? CANCELLED : FAILURE;
        record("statement", outcome, database, SecretMask.mask(sql), detail);
    }

    /** Work whose outcome is recorded: its result, or the exception it ends with. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} and records it: success, or failure with the error (and PostgreSQL's sqlState), with how long
     * it took; the exception still goes on to the caller.
     */
    public <T, E extends Exception> T attempt(
            String kind, String database, String summary, Map<String, ?> detail, Work<T, E> work) throws E {
        Instant start = Instant.now();
        Map<String, Object> recorded = new LinkedHashMap<>(detail);
        try {
            T result = work.run();
            recorded.put("durationMs", Duration.between(start, Instant.now()).toMillis());
            record(kind, SUCCESS, database, summary, recorded);
            return result;
        } catch (Exception | Error e) {
            recorded.put("durationMs", Duration.between(start, Instant.now()).toMillis());
            if (e instanceof SQLException sql) {
                recorded.put("sqlState", sql.getSQLState());
            }
            recorded.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            record(kind, FAILURE, database, summary, recorded);
            throw e;
        }
    }

    /** As {@link #attempt} for work that answers nothing. */
    public <E extends Exception> void perform(
            String kind, String database, String summary, Map<String, ?> detail, VoidWork<E> work) throws E {
        attempt(kind, database, summary, detail, () -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface VoidWork<E extends Exception> {
        void run() throws E;
    }

    /** Waits (a bounded time) until every record made before this call is stored, so a reader sees it. */
    public void awaitStored() {
        writer.awaitWritten(writer.lastEnqueued(), Duration.ofSeconds(5));
    }
}
