package io.pgdeck.jobs;

import io.pgdeck.state.ReplicaIdentity;
import io.pgdeck.state.StateProperties;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Jobs' history in the state store, so that Processes still lists them after a restart. */
@Component
final class JobRegistry {

    private static final String COLUMNS = "id, type, object, database_name, file, command, status, created_at,"
            + " started_at, finished_at, exit_code, note";

    /** A replica that has not said it is alive for this long has stopped; its jobs cannot go on. */
    static final long STALE_AFTER_MS = 30_000;

    private final JdbcClient state;
    private final Path logDirectory;
    private final String replica;
    private final Clock clock = Clock.systemUTC();

    JobRegistry(JdbcClient state, StateProperties properties, ReplicaIdentity replica) {
        this.state = state;
        this.logDirectory = properties.dir().toAbsolutePath().normalize().resolve("jobs");
        this.replica = replica.id();
        if (properties.isShared()) {
            failOrphaned();
        } else {
            failInterrupted();
        }
    }

    /** Records a new queued job and answers its id. */
    long insert(JobSpec spec) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        state.sql("INSERT INTO job (type, object, database_name, file, command, status, created_at, owner,"
                        + " heartbeat_at, changed_at) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?)")
                .params(
                        spec.type().apiName(),
                        spec.object(),
                        spec.database(),
                        spec.file(),
                        spec.command(),
                        now.toString(),
                        replica,
                        now.toEpochMilli(),
                        now.toEpochMilli())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void started(long id) {
        Instant now = clock.instant();
        state.sql("UPDATE job SET status = 'running', started_at = ?, changed_at = ? WHERE id = ?")
                .params(now.toString(), now.toEpochMilli(), id)
                .update();
    }

    void finished(long id, JobStatus status, Integer exitCode, String note) {
        Instant now = clock.instant();
        state.sql("UPDATE job SET status = ?, finished_at = ?, exit_code = ?, note = ?, changed_at = ? WHERE id = ?")
                .params(status.apiName(), now.toString(), exitCode, note, now.toEpochMilli(), id)
                .update();
    }

    Optional<Job> find(long id) {
        return state.sql("SELECT " + COLUMNS + " FROM job WHERE id = ?")
                .param(id)
                .query(this::job)
                .optional();
    }

    /** The newest jobs first. */
    List<Job> recent(int limit) {
        return state.sql("SELECT " + COLUMNS + " FROM job ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query(this::job)
                .list();
    }

    /** Asks the replica that runs job {@code id} to stop it; false when the job has already ended. */
    boolean requestCancel(long id) {
        return state.sql("UPDATE job SET cancel_requested = 1 WHERE id = ? AND status IN ('queued', 'running')")
                        .param(id)
                        .update()
                > 0;
    }

    /** Says this replica is alive for its unfinished jobs, and answers those another replica asked it to stop. */
    List<Long> heartbeat() {
        state.sql("UPDATE job SET heartbeat_at = ? WHERE owner = ? AND status IN ('queued', 'running')")
                .params(clock.millis(), replica)
                .update();
        return state.sql("SELECT id FROM job WHERE owner = ? AND cancel_requested = 1"
                        + " AND status IN ('queued', 'running')")
                .param(replica)
                .query(Long.class)
                .list();
    }

    /** Jobs another replica changed after {@code since} and up to {@code until} (epoch ms), oldest change first. */
    List<Job> changedElsewhere(long since, long until) {
        return state.sql("SELECT " + COLUMNS + " FROM job WHERE changed_at > ? AND changed_at <= ?"
                        + " AND (owner IS NULL OR owner <> ?) ORDER BY changed_at")
                .params(since, until, replica)
                .query(this::job)
                .list();
    }

    /** The newest change any replica recorded, to start following from. */
    long lastChange() {
        return state.sql("SELECT coalesce(max(changed_at), 0) FROM job")
                .query(Long.class)
                .single();
    }

    /** Jobs whose replica stopped saying it is alive cannot go on: their work was in that process. */
    void failOrphaned() {
        Instant now = clock.instant();
        state.sql("UPDATE job SET status = 'failed', finished_at = ?, changed_at = ?, note = ?"
                        + " WHERE status IN ('queued', 'running') AND (heartbeat_at IS NULL OR heartbeat_at < ?)")
                .params(
                        now.toString(),
                        now.toEpochMilli(),
                        "The pgdeck replica running this job stopped; it did not finish.",
                        now.toEpochMilli() - STALE_AFTER_MS)
                .update();
    }

    Path logFile(long id) {
        return logDirectory.resolve(id + ".log");
    }

    /** Jobs that were queued or running when pgdeck stopped cannot go on: their work was in that process. */
    private void failInterrupted() {
        Instant now = clock.instant();
        state.sql(
                        "UPDATE job SET status = 'failed', finished_at = ?, changed_at = ?, note = ? WHERE status = 'running'")
                .params(
                        now.toString(),
                        now.toEpochMilli(),
                        "pgdeck stopped while this job was running; it did not finish.")
                .update();
        state.sql("UPDATE job SET status = 'failed', finished_at = ?, changed_at = ?, note = ? WHERE status = 'queued'")
                .params(now.toString(), now.toEpochMilli(), "pgdeck stopped before this job started; it never ran.")
                .update();
    }

    private Job job(ResultSet row, int rowNumber) throws SQLException {
        Instant startedAt = instant(row.getString("started_at"));
        Instant finishedAt = instant(row.getString("finished_at"));
        Number exitCode = (Number) row.getObject("exit_code");
        return new Job(
                row.getLong("id"),
                JobType.fromApiName(row.getString("type")),
                row.getString("object"),
                row.getString("database_name"),
                row.getString("file"),
                JobStatus.fromApiName(row.getString("status")),
                instant(row.getString("created_at")),
                startedAt,
                finishedAt,
                Job.duration(startedAt, finishedAt, clock.instant()),
                exitCode == null ? null : exitCode.intValue(),
                row.getString("command"),
                row.getString("note"));
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
