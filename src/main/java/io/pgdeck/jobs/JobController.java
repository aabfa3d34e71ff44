package io.pgdeck.jobs;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Processes: the jobs, their logs, stopping them, and the live events that tell the page when one changes. */
@RestController
class JobController {

    private final JobRunner runner;
    private final JobLogStreams logs;
    private final JobEvents events;

    JobController(JobRunner runner, JobLogStreams logs, JobEvents events) {
        this.runner = runner;
        this.logs = logs;
        this.events = events;
    }

    /** The latest jobs, newest first. */
    @GetMapping("/api/v1/jobs")
    List<Job> jobs() {
        return runner.recent();
    }

    @GetMapping("/api/v1/jobs/{id}")
    Job job(@PathVariable long id) {
        return runner.require(id);
    }

    /** The job's log as plain text; while the job runs the response stays open and grows with the log. */
    @GetMapping("/api/v1/jobs/{id}/log")
    ResponseEntity<ResponseBodyEmitter> log(@PathVariable long id) {
        runner.require(id);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(logs.follow(id, runner.logFile(id), runner::isActive));
    }

    /** Stops the job: 409 when it already ended. */
    @PostMapping("/api/v1/jobs/{id}/cancel")
    Job cancel(@PathVariable long id) {
        return runner.cancel(id);
    }

    /** Server-Sent Events: an event named {@code job} for every status change of any job. */
    @GetMapping(path = "/api/v1/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events() {
        return events.open();
    }
}
