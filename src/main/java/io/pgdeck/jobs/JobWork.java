package io.pgdeck.jobs;

/**
 * The work of one job, run on one of the runner's threads. It writes what it does to {@code log} and stops soon after
 * {@code cancellation} is requested (an external tool is killed for it; other work checks or registers an action).
 */
@FunctionalInterface
public interface JobWork {

    /**
     * Does the work.
     *
     * @return the exit code: 0 when it succeeded, the tool's code for an external tool (any other value fails the job)
     * @throws Exception to fail the job; its message becomes the job's note. Once a cancel was requested, the job ends
     *     as cancelled unless this returns 0: work that completed all the same (a late cancel) succeeded.
     */
    int run(JobLog log, JobCancellation cancellation) throws Exception;
}
