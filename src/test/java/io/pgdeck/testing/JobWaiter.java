package io.pgdeck.testing;

import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Polls a job through the API until it ends, as the Processes panel would. */
public final class JobWaiter {

    private static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled");

    private JobWaiter() {}

    public static JsonNode awaitEnd(Client client, long jobId) {
        return awaitStatus(client, jobId, FINAL, Duration.ofMinutes(2));
    }

    public static JsonNode awaitStatus(Client client, long jobId, Set<String> statuses, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job = client.get("/api/v1/jobs/" + jobId).json();
            if (statuses.contains(job.get("status").asString())) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + jobId + " is still " + job.get("status") + ": " + job);
            }
            sleep(100);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
