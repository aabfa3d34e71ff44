package io.pgdeck.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One job as the API shows it.
 *
 * @param object what the job works on, e.g. {@code team_alpha.app} or {@code team_alpha.app.widgets}
 * @param database the database it works in, when it has one
 * @param file the storage path it writes or reads, when it has one
 * @param command what it runs, with nothing secret in it (an argv, or the SQL for maintenance)
 * @param durationMs from start to end, or to now while it runs; null until it starts
 * @param note why it failed or was cancelled, in a sentence
 */
public record Job(
        long id,
        JobType type,
        String object,
        String database,
        String file,
        JobStatus status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Long durationMs,
        Integer exitCode,
        String command,
        String note) {

    static Long duration(Instant startedAt, Instant finishedAt, Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt)
                .toMillis();
    }
}
