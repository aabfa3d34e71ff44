package io.pgdeck.jobs;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Runs an external tool for a job: its stdout and stderr, merged, go to the job's log line by line; a cancel stops the
 * tool and every process it started, politely first, by force after {@code pgdeck.jobs.cancel-grace}.
 */
@Component
public final class ProcessRunner {

    /** Writes what the tool reads on its standard input; the stream is closed afterwards. */
    @FunctionalInterface
    public interface Input {
        void writeTo(OutputStream stdin) throws IOException;
    }

    private final Duration grace;

    ProcessRunner(JobsProperties properties) {
        this.grace = properties.cancelGrace();
    }

    /** Runs {@code command} with nothing on its standard input; answers its exit code. */
    public int run(ExternalCommand command, JobLog log, JobCancellation cancellation) throws Exception {
        return run(command, null, log, cancellation);
    }

    /** Runs {@code command}, feeding it {@code input} from another thread; answers its exit code. */
    public int run(ExternalCommand command, Input input, JobLog log, JobCancellation cancellation) throws Exception {
        cancellation.throwIfRequested();
        ProcessBuilder builder = new ProcessBuilder(command.argv()).redirectErrorStream(true);
        environment(builder.environment(), command.environment());
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process = builder.start();
        // Stopping may wait out the grace period: not on the thread of the request that asked for it.
        cancellation.onCancel(() -> thread("pgdeck-stop-" + process.pid(), () -> stop(process.toHandle())));
        CompletableFuture<Void> feeding =
                input == null ? CompletableFuture.completedFuture(null) : feed(process, input);
        log.copyLines(process.getInputStream());
        int exit = process.waitFor();
        awaitFeeding(feeding, exit);
        return exit;
    }

    /** The tool sees only what it needs: none of pgdeck's own PG* variables, then the command's. */
    private static void environment(Map<String, String> env, Map<String, String> wanted) {
        env.keySet().removeIf(name -> name.startsWith("PG"));
        env.putAll(wanted);
    }

    private static CompletableFuture<Void> feed(Process process, Input input) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        // A thread of its own: the input may take as long as the tool, and the common pool is tiny on small machines.
        thread("pgdeck-input-" + process.pid(), () -> {
            try (OutputStream stdin = process.getOutputStream()) {
                input.writeTo(stdin);
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private static void thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A tool that stopped reading (it failed, or was killed) breaks the pipe: that is not the job's error, its exit
     * code is. An input that failed on its own while the tool succeeded is.
     */
    private static void awaitFeeding(CompletableFuture<Void> feeding, int exit) throws Exception {
        try {
            feeding.get();
        } catch (ExecutionException e) {
            if (exit == 0) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /** Asks the tool and its descendants to stop, then kills whatever is still there after the grace period. */
    void stop(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        // Taken before the root ends: its children are re-parented then and no longer found as descendants.
        root.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception stillThere) {
                process.destroyForcibly();
            }
        }
    }
}
