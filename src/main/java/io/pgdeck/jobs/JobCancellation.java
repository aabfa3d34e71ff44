package io.pgdeck.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** The signal that a job should stop: work polls it or registers what stopping means (killing a tool, cancelling SQL). */
public final class JobCancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean requested;

    public synchronized boolean requested() {
        return requested;
    }

    /** Runs {@code action} when a cancel is requested, or at once if it already was. */
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!requested) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /** For work that checks between steps. */
    public void throwIfRequested() {
        if (requested()) {
            throw new CancellationException("cancelled");
        }
    }

    /**
     * A cancellation for one step of a job: requested when the job's is, and also on its own, so the work can stop a
     * tool for a reason of its own (a quota reached) and still tell that apart from the user's cancel.
     */
    public JobCancellation step() {
        JobCancellation step = new JobCancellation();
        onCancel(step::request);
        return step;
    }

    /** Stops the work (every registered action runs once). */
    public void request() {
        List<Runnable> toRun;
        synchronized (this) {
            if (requested) {
                return;
            }
            requested = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }
}
