package io.pgdeck.jobs;

import io.pgdeck.state.StateProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps replicas that share a state store in step about jobs, every second: this replica says it is alive for its
 * jobs, stops those another replica was asked to cancel, tells its pages (live events) of jobs other replicas
 * changed, and fails the jobs of a replica that stopped. With SQLite there is one replica and nothing to do.
 */
@Component
final class JobReplicaSync {

    private final JobRegistry registry;
    private final JobRunner runner;
    private final JobEvents events;
    private final boolean shared;
    private long seen;

    JobReplicaSync(JobRegistry registry, JobRunner runner, JobEvents events, StateProperties state) {
        this.registry = registry;
        this.runner = runner;
        this.events = events;
        this.shared = state.isShared();
        this.seen = shared ? registry.lastChange() : 0;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void sync() {
        if (!shared) {
            return;
        }
        registry.heartbeat().forEach(runner::cancelHere);
        long until = registry.lastChange();
        for (Job job : registry.changedElsewhere(seen, until)) {
            events.publish(job);
        }
        seen = Math.max(seen, until);
        registry.failOrphaned();
    }
}
