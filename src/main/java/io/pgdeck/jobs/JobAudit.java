package io.pgdeck.jobs;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every job (backup, restore, import, export, maintenance) is recorded in the audit log as it ends, on behalf of the
 * person who started it, with what it ran (its options, secrets removed) and how it ended.
 */
final class JobAudit {

    private JobAudit() {}

    static void record(Audit audit, Actor actor, Job job) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("jobId", job.id());
        detail.put("object", job.object());
        detail.put("file", job.file());
        detail.put("command", job.command());
        detail.put("status", job.status().apiName());
        detail.put("startedAt", job.startedAt() == null ? null : job.startedAt().toString());
        detail.put("durationMs", job.durationMs());
        detail.put("exitCode", job.exitCode());
        detail.put("note", job.note());
        String summary = job.type().apiName() + " " + job.object() + (job.file() == null ? "" : " " + job.file());
        audit.recordAs(actor, job.type().apiName(), outcome(job.status()), job.database(), summary, detail);
    }

    private static String outcome(JobStatus status) {
        return switch (status) {
            case SUCCEEDED -> Audit.SUCCESS;
            case CANCELLED -> Audit.CANCELLED;
            default -> Audit.FAILURE;
        };
    }
}
