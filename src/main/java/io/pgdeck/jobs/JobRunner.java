package io.pgdeck.jobs;

import io.pgdeck.audit.Actor;
import io.pgdeck.audit.Audit;
import io.pgdeck.web.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs jobs in the background, at most {@code pgdeck.jobs.max-concurrent} at once; the others wait queued in the order
 * they came. Any feature hands its long work to {@link #submit}; Processes shows it, follows its log and can stop it.
 */
@Component
public final class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final int HISTORY_SHOWN = 200;

    private final JobRegistry registry;
    private final JobEvents events;
    private final ExecutorService executor;
    private final Map<Long, ActiveJob> active = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private final Audit audit;

    JobRunner(JobRegistry registry, JobEvents events, JobsProperties properties, Audit audit) {
        this.audit = audit;
        this.registry = registry;
        this.events = events;
        this.executor = executor(properties.maxConcurrent());
    }

    /** Queues {@code work} as a job with no command to show; answers the job as it stands (queued). */
    public Job submit(JobType type, String object, JobWork work) {
        return submit(JobSpec.of(type, object), work);
    }

    /** Queues {@code work} as the job {@code spec} describes; answers the job as it stands (queued). */
    public Job submit(JobSpec spec, JobWork work) {
        return submit(spec, work, () -> {});
    }

    /**
     * As {@link #submit(JobSpec, JobWork)}, and runs {@code whenEnded} once the job has ended, however it ended: also
     * when it was cancelled or pgdeck stopped before its work ever ran (for what the work must not leave behind).
     */
    public Job submit(JobSpec spec, JobWork work, Runnable whenEnded) {
        long id = registry.insert(spec);
        ActiveJob job = new ActiveJob(id, new JobCancellation(), whenEnded, Actor.current());
        active.put(id, job);
        publish(id);
        executor.execute(Actor.wrap(() -> execute(job, work)));
        return require(id);
    }

    /**
     * Stops a job: a queued one never starts; a running one is told to stop (its tool is killed). A job another
     * replica runs is asked to stop through the state store; that replica stops it within a second or two.
     */
    public Job cancel(long id) {
        Job job = require(id);
        ActiveJob running = active.get(id);
        if (job.status().isFinal() || (running == null && !registry.requestCancel(id))) {
            throw Problems.conflict(
                    "Job " + id + " has already ended (" + job.status().apiName() + ").");
        }
        if (running != null) {
            cancelHere(running);
        }
        return require(id);
    }

    /** Stops this replica's job {@code id} if it still runs here: a cancel asked for on another replica. */
    void cancelHere(long id) {
        ActiveJob running = active.get(id);
        if (running != null && !running.cancellation().requested()) {
            cancelHere(running);
        }
    }

    private void cancelHere(ActiveJob running) {
        if (running.cancelBeforeStart()) {
            finish(running, JobStatus.CANCELLED, null, "Cancelled before it started.");
        } else {
            running.cancellation().request();
        }
    }

    public Optional<Job> find(long id) {
        return registry.find(id);
    }

    public Job require(long id) {
        return find(id).orElseThrow(() -> Problems.notFound("There is no job " + id + "."));
    }

    public List<Job> recent() {
        return registry.recent(HISTORY_SHOWN);
    }

    /** True while the job is queued or running, here or on another replica. */
    boolean isActive(long id) {
        return active.containsKey(id)
                || find(id).map(job -> !job.status().isFinal()).orElse(false);
    }

    Path logFile(long id) {
        return registry.logFile(id);
    }

    private void execute(ActiveJob job, JobWork work) {
        if (!job.start()) {
            return;
        }
        registry.started(job.id());
        publish(job.id());
        JobStatus status;
        Integer exitCode = null;
        String note = null;
        try (JobLog jobLog = JobLog.append(registry.logFile(job.id()))) {
            try {
                exitCode = work.run(jobLog, job.cancellation());
                status = exitCode == 0 ? JobStatus.SUCCEEDED : JobStatus.FAILED;
                note = exitCode == 0 ? null : failureNote(exitCode, jobLog.firstError());
            } catch (Exception | Error e) {
                status = JobStatus.FAILED;
                note = message(e);
                exitCode = e instanceof ToolFailedException failed ? failed.exitCode() : exitCode;
                if (!job.cancellation().requested()) {
                    jobLog.line("pgdeck: " + note);
                }
            }
            // Work that completed although a cancel came late (a COPY already committed) did all it was asked.
            if (job.cancellation().requested() && status != JobStatus.SUCCEEDED) {
                status = stopping ? JobStatus.FAILED : JobStatus.CANCELLED;
                note = stopping ? "pgdeck stopped while this job was running." : "Cancelled by the user.";
                jobLog.line("pgdeck: " + note);
            }
        } catch (Exception | Error e) {
            // The log could not be written (disk full?): the job still ends, with the reason kept in the history.
            status = JobStatus.FAILED;
            note = message(e);
            log.warn("job {} failed outside its work: {}", job.id(), note);
        }
        finish(job, status, exitCode, note);
    }

    /** The first error the tool wrote, on the note's first line, where people read first; the exit code after. */
    private static String failureNote(int exitCode, String firstError) {
        return firstError == null
                ? "Exited with code " + exitCode + ": see the log."
                : firstError + "\nExited with code " + exitCode + ".";
    }

    private void finish(ActiveJob job, JobStatus status, Integer exitCode, String note) {
        try {
            job.whenEnded().run();
        } catch (RuntimeException e) {
            log.warn("job {} could not clean up after itself: {}", job.id(), message(e));
        }
        registry.finished(job.id(), status, exitCode, note);
        registry.find(job.id()).ifPresent(ended -> JobAudit.record(audit, job.actor, ended));
        active.remove(job.id());
        publish(job.id());
    }

    private void publish(long id) {
        registry.find(id).ifPresent(events::publish);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ExecutorService executor(int threads) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "pgdeck-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops running tools rather than leave them orphaned; their jobs end as failed, with a note saying why. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        active.values().forEach(job -> {
            if (job.cancelBeforeStart()) {
                finish(job, JobStatus.FAILED, null, "pgdeck stopped before this job started; it never ran.");
            } else {
                job.cancellation().request();
            }
        });
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A job of this process until it ends; its state decides whether a cancel stops it before or while it runs. */
    private static final class ActiveJob {
        private final long id;
        private final JobCancellation cancellation;
        private final Runnable whenEnded;
        private final Actor actor;
        private JobStatus status = JobStatus.QUEUED;

        ActiveJob(long id, JobCancellation cancellation, Runnable whenEnded, Actor actor) {
            this.actor = actor;
            this.id = id;
            this.cancellation = cancellation;
            this.whenEnded = whenEnded;
        }

        Runnable whenEnded() {
            return whenEnded;
        }

        long id() {
            return id;
        }

        JobCancellation cancellation() {
            return cancellation;
        }

        synchronized boolean start() {
            if (status != JobStatus.QUEUED) {
                return false;
            }
            status = JobStatus.RUNNING;
            return true;
        }

        synchronized boolean cancelBeforeStart() {
            if (status != JobStatus.QUEUED) {
                return false;
            }
            status = JobStatus.CANCELLED;
            return true;
        }
    }
}
