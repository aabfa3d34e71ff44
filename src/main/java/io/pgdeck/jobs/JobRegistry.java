package io.pgdeck.jobs;

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

    private final JdbcClient state;
    private final Path logDirectory;
    private final Clock clock = Clock.systemUTC();

    JobRegistry(JdbcClient state, StateProperties properties) {
        this.state = state;
        this.logDirectory = properties.dir().toAbsolutePath().normalize().resolve("jobs");
        failInterrupted();
    }

    /** Records a new queued job and answers its id. */
    long insert(JobSpec spec) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        state.sql("INSERT INTO job (type, object, database_name, file, command, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'queued', ?)")
                .params(
                        spec.type().apiName(),
                        spec.object(),
                        spec.database(),
                        spec.file(),
                        spec.command(),
                        now.toString())
                .update(key);
        return key.getKey().longValue();
    }

    void started(long id) {
        state.sql("UPDATE job SET status = 'running', started_at = ? WHERE id = ?")
                .params(clock.instant().toString(), id)
                .update();
    }

    void finished(long id, JobStatus status, Integer exitCode, String note) {
        state.sql("UPDATE job SET status = ?, finished_at = ?, exit_code = ?, note = ? WHERE id = ?")
                .params(status.apiName(), clock.instant().toString(), exitCode, note, id)
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

    Path logFile(long id) {
        return logDirectory.resolve(id + ".log");
    }

    /** Jobs that were queued or running when pgdeck stopped cannot go on: their work was in that process. */
    private void failInterrupted() {
        String now = clock.instant().toString();
        state.sql("UPDATE job SET status = 'failed', finished_at = ?, note = ? WHERE status = 'running'")
                .params(now, "pgdeck stopped while this job was running; it did not finish.")
                .update();
        state.sql("UPDATE job SET status = 'failed', finished_at = ?, note = ? WHERE status = 'queued'")
                .params(now, "pgdeck stopped before this job started; it never ran.")
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
