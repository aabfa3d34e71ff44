package io.pgdeck.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.state.StateProperties;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The job runner through the API as Processes uses it: status, live log, live events, stop, history. */
class JobsApiTest extends SingleTenantTest {

    @Autowired
    JobRunner runner;

    @Autowired
    ProcessRunner processes;

    @Autowired
    JdbcClient state;

    @Autowired
    StateProperties stateProperties;

    @Autowired
    io.pgdeck.state.ReplicaIdentity replica;

    @Test
    void theLogStreamsWhileTheJobRunsAndEndsWithIt() throws Exception {
        Client client = loggedIn();
        CountDownLatch release = new CountDownLatch(1);
        Job job = runner.submit(JobType.IMPORT, "shop.public.customers", (log, cancellation) -> {
            log.line("first line");
            release.await(30, TimeUnit.SECONDS);
            log.line("second line");
            return 0;
        });

        try (BufferedReader log = stream(client, "/api/v1/jobs/" + job.id() + "/log")) {
            String first = log.readLine();
            assertThat(first).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z first line");
            assertThat(runner.require(job.id()).status()).isEqualTo(JobStatus.RUNNING);
            release.countDown();
            assertThat(log.readLine()).endsWith(" second line");
            assertThat(log.readLine()).isNull();
        }
        Job done = runner.require(job.id());
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.exitCode()).isZero();
        assertThat(done.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
        JsonNode listed = client.get("/api/v1/jobs").json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(job.id());
        assertThat(listed.get("type").asString()).isEqualTo("import");
        assertThat(listed.get("object").asString()).isEqualTo("shop.public.customers");
    }

    @Test
    void eventsTellEveryStatusChange() throws Exception {
        Client client = loggedIn();
        try (BufferedReader events = stream(client, "/api/v1/events")) {
            Job job = runner.submit(JobType.MAINTENANCE, "shop.public", (log, cancellation) -> 0);
            List<String> statuses = new ArrayList<>();
            while (statuses.size() < 3) {
                String line = events.readLine();
                if (line.startsWith("data:") && line.contains("\"id\":" + job.id() + ",")) {
                    statuses.add(line.replaceAll(".*\"status\":\"([a-z]+)\".*", "$1"));
                }
            }
            assertThat(statuses).containsExactly("queued", "running", "succeeded");
        }
    }

    @Test
    void workThatFailsOrExitsNonZeroFailsTheJobWithItsReason() {
        Client client = loggedIn();
        Job thrown = runner.submit(JobType.IMPORT, "x", (log, cancellation) -> {
            throw new IllegalStateException("the CSV has 3 columns, the table 2");
        });
        Job exited = runner.submit(JobType.BACKUP, "y", (log, cancellation) -> 3);

        JsonNode failed = awaitEnd(client, thrown.id());
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("note").asString()).isEqualTo("the CSV has 3 columns, the table 2");
        assertThat(client.get("/api/v1/jobs/" + thrown.id() + "/log").body())
                .contains("pgdeck: the CSV has 3 columns, the table 2");
        JsonNode nonZero = awaitEnd(client, exited.id());
        assertThat(nonZero.get("status").asString()).isEqualTo("failed");
        assertThat(nonZero.get("exitCode").asInt()).isEqualTo(3);
        assertThat(client.get("/api/v1/jobs/424242").status()).isEqualTo(404);
        assertThat(client.postJson("/api/v1/jobs/" + exited.id() + "/cancel", "")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aCancelThatComesTooLateLeavesWorkThatCompletedSucceededAndWorkThatDidNotCancelled() throws Exception {
        Client client = loggedIn();
        CountDownLatch cancelled = new CountDownLatch(2);
        // Both ignore the cancel, as a COPY that has already committed would; only the second says it did not finish.
        Job completed = runner.submit(JobType.IMPORT, "completed", (log, cancellation) -> {
            cancellation.onCancel(cancelled::countDown);
            return cancelled.await(30, TimeUnit.SECONDS) ? 0 : 2;
        });
        Job unfinished = runner.submit(JobType.BACKUP, "unfinished", (log, cancellation) -> {
            cancellation.onCancel(cancelled::countDown);
            return cancelled.await(30, TimeUnit.SECONDS) ? 1 : 2;
        });
        awaitRunning(completed.id());
        awaitRunning(unfinished.id());

        client.postJson("/api/v1/jobs/" + completed.id() + "/cancel", "");
        client.postJson("/api/v1/jobs/" + unfinished.id() + "/cancel", "");

        assertThat(awaitEnd(client, completed.id()).get("status").asString()).isEqualTo("succeeded");
        assertThat(awaitEnd(client, unfinished.id()).get("status").asString()).isEqualTo("cancelled");
    }

    private void awaitRunning(long id) throws InterruptedException {
        for (int i = 0; i < 300 && runner.require(id).status() != JobStatus.RUNNING; i++) {
            Thread.sleep(10);
        }
        assertThat(runner.require(id).status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void whatAJobLeavesBehindIsCleanedUpHoweverItEndsEvenWhenItNeverRan() throws Exception {
        Client client = loggedIn();
        CountDownLatch release = new CountDownLatch(1);
        List<String> cleaned = new java.util.concurrent.CopyOnWriteArrayList<>();
        JobWork held = (log, cancellation) -> release.await(30, TimeUnit.SECONDS) ? 0 : 1;
        Job first = runner.submit(JobSpec.of(JobType.IMPORT, "first"), held, () -> cleaned.add("first"));
        Job second = runner.submit(JobSpec.of(JobType.IMPORT, "second"), held, () -> cleaned.add("second"));
        // Both places are taken: the third waits, and is stopped before its work ever runs.
        Job waiting = runner.submit(
                JobSpec.of(JobType.IMPORT, "waiting"), (log, cancellation) -> 0, () -> cleaned.add("waiting"));

        assertThat(runner.cancel(waiting.id()).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cleaned).containsExactly("waiting");
        release.countDown();
        assertThat(awaitEnd(client, first.id()).get("status").asString()).isEqualTo("succeeded");
        assertThat(awaitEnd(client, second.id()).get("status").asString()).isEqualTo("succeeded");
        assertThat(cleaned).containsExactlyInAnyOrder("waiting", "first", "second");
    }

    @Test
    void stoppingAToolStopsItsChildrenToo() throws Exception {
        Client client = loggedIn();
        List<ProcessHandle> tree = new ArrayList<>();
        ExternalCommand command = new ExternalCommand(
                Path.of("/bin/sh"), List.of("-c", "sleep 300 & sleep 300 & echo started; wait"), Map.of());
        Job job = runner.submit(new JobSpec(JobType.RESTORE, "tree", null, command.display(), null), (log, cancel) -> {
            return processes.run(command, log, cancel);
        });
        awaitLog(client, job.id(), "started");
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().orElse("").contains("sleep 300 & sleep 300"))
                .forEach(shell -> {
                    tree.add(shell);
                    shell.descendants().forEach(tree::add);
                });
        assertThat(tree).hasSizeGreaterThanOrEqualTo(3);

        client.postJson("/api/v1/jobs/" + job.id() + "/cancel", "");

        assertThat(awaitEnd(client, job.id()).get("status").asString()).isEqualTo("cancelled");
        for (ProcessHandle process : tree) {
            process.onExit().get(10, TimeUnit.SECONDS);
            assertThat(process.isAlive()).as("pid " + process.pid()).isFalse();
        }
    }

    @Test
    void jobsThatWereRunningWhenPgdeckStoppedAreFailedAtTheNextStart() {
        state.sql("INSERT INTO job (type, object, command, status, created_at, started_at)"
                        + " VALUES ('backup', 'before.restart', '', 'running', '2026-01-01T00:00:00Z',"
                        + " '2026-01-01T00:00:01Z')")
                .update();
        state.sql("INSERT INTO job (type, object, command, status, created_at)"
                        + " VALUES ('restore', 'never.started', '', 'queued', '2026-01-01T00:00:00Z')")
                .update();

        JobRegistry restarted = new JobRegistry(state, stateProperties, replica);

        Job interrupted = restarted.recent(500).stream()
                .filter(job -> job.object().equals("before.restart"))
                .findFirst()
                .orElseThrow();
        assertThat(interrupted.status()).isEqualTo(JobStatus.FAILED);
        assertThat(interrupted.note()).contains("pgdeck stopped while this job was running");
        assertThat(interrupted.finishedAt()).isNotNull();
        Job queued = restarted.recent(500).stream()
                .filter(job -> job.object().equals("never.started"))
                .findFirst()
                .orElseThrow();
        assertThat(queued.status()).isEqualTo(JobStatus.FAILED);
        assertThat(queued.note()).contains("never ran");
    }

    private JsonNode awaitEnd(Client client, long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = client.get("/api/v1/jobs/" + id).json();
            if (Set.of("succeeded", "failed", "cancelled")
                    .contains(job.get("status").asString())) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("job " + id + " did not end");
    }

    private void awaitLog(Client client, long id, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (runner.logFile(id).toFile().exists()
                    && client.get("/api/v1/jobs/" + id)
                            .json()
                            .get("status")
                            .asString()
                            .equals("running")
                    && readLog(id).contains(text)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the log of job " + id + " never said " + text);
    }

    private String readLog(long id) {
        try {
            return java.nio.file.Files.readString(runner.logFile(id));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A response read as it arrives, with the session of {@code client}. */
    private BufferedReader stream(Client client, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(client.uri(path))
                .header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID"))
                .GET()
                .build();
        HttpResponse<InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
