package io.pgdeck.jobs;

import java.util.Objects;

/**
 * What a job is, as shown in Processes before and while it runs.
 *
 * @param object what it works on, e.g. {@code team_alpha.app.widgets}
 * @param database the database it works in, or null
 * @param command what it runs, with nothing secret in it; empty when there is nothing to show
 * @param file the storage path it writes or reads, or null
 */
public record JobSpec(JobType type, String object, String database, String command, String file) {

    public JobSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        command = command == null ? "" : command;
    }

    public static JobSpec of(JobType type, String object) {
        return new JobSpec(type, object, null, "", null);
    }
}
