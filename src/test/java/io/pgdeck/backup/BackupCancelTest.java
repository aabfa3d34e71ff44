package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Stopping backups: one stopped while pg_dump runs leaves a cancelled job, no pg_dump, and no file that looks like a
 * backup; at most two run at once and a queued one stopped never starts. pg_dump is held in place by a lock another
 * session keeps on the table, so the test knows it is mid-run.
 */
class BackupCancelTest extends MultiTenantTest {

    @Autowired
    StorageArea storage;

    private Connection locker;

    @BeforeEach
    void holdALockPgDumpMustWaitFor() throws Exception {
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA stuck",
                "CREATE TABLE stuck.big AS SELECT g AS id FROM generate_series(1, 1000) g");
        locker = TestPostgres.connect(TestPostgres.TEAM_DATABASE);
        locker.setAutoCommit(false);
        try (Statement statement = locker.createStatement()) {
            statement.execute("LOCK TABLE stuck.big IN ACCESS EXCLUSIVE MODE");
        }
    }

    @AfterEach
    void releaseTheLock() throws Exception {
        locker.rollback();
        locker.close();
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA stuck CASCADE");
    }

    @Test
    void cancellingARunningBackupStopsPgDumpAndLeavesNoFile() throws Exception {
        Client client = loggedIn();
        long id = start(client, "stopped/stuck.dump");
        JobWaiter.awaitStatus(client, id, Set.of("running"), Duration.ofSeconds(30));
        awaitPgDumpWaitingForTheLock();
        String command = client.get("/api/v1/jobs/" + id).json().get("command").asString();
        Path temporary = Path.of(command.substring(command.indexOf("--file=") + "--file=".length()));
        assertThat(temporary.getFileName().toString()).startsWith(".upload-").endsWith(".part");

        Client.Response cancel = client.postJson("/api/v1/jobs/" + id + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(200);
        JsonNode job = JobWaiter.awaitEnd(client, id);

        assertThat(job.get("status").asString()).isEqualTo("cancelled");
        assertThat(job.get("note").asString()).contains("Cancelled");
        assertThat(storage.resolve("stopped/stuck.dump")).doesNotExist();
        assertThat(temporary).doesNotExist();
        try (Stream<Path> left = Files.list(storage.resolve("stopped"))) {
            assertThat(left).isEmpty();
        }
        assertThat(client.get("/api/v1/files?path=stopped")
                        .json()
                        .get("entries")
                        .size())
                .isZero();
        assertThat(ProcessHandle.allProcesses()
                        .filter(process -> process.info().arguments().stream()
                                .flatMap(Stream::of)
                                .anyMatch(argument -> argument.contains(temporary.toString())))
                        .filter(ProcessHandle::isAlive))
                .isEmpty();
        assertThat(client.get("/api/v1/jobs/" + id + "/log").body()).contains("Cancelled by the user");
        assertThat(client.postJson("/api/v1/jobs/" + id + "/cancel", "").status())
                .isEqualTo(409);
    }

    @Test
    void twoJobsRunAtOnceAndAQueuedOneCancelledNeverStarts() throws Exception {
        Client client = loggedIn();
        long first = start(client, "queue/first.dump");
        long second = start(client, "queue/second.dump");
        long third = start(client, "queue/third.dump");
        JobWaiter.awaitStatus(client, first, Set.of("running"), Duration.ofSeconds(30));
        JobWaiter.awaitStatus(client, second, Set.of("running"), Duration.ofSeconds(30));

        assertThat(client.get("/api/v1/jobs/" + third).json().get("status").asString())
                .isEqualTo("queued");
        JsonNode cancelled =
                client.postJson("/api/v1/jobs/" + third + "/cancel", "").json();
        assertThat(cancelled.get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.get("startedAt").isNull()).isTrue();

        client.postJson("/api/v1/jobs/" + first + "/cancel", "");
        client.postJson("/api/v1/jobs/" + second + "/cancel", "");
        assertThat(JobWaiter.awaitEnd(client, first).get("status").asString()).isEqualTo("cancelled");
        assertThat(JobWaiter.awaitEnd(client, second).get("status").asString()).isEqualTo("cancelled");
        assertThat(client.get("/api/v1/jobs/" + third).json().get("startedAt").isNull())
                .isTrue();
        assertThat(storage.resolve("queue/third.dump")).doesNotExist();
    }

    private static long start(Client client, String file) {
        Client.Response started = client.postJson(
                "/api/v1/databases/team_alpha/backups",
                "{\"scope\":\"schema\",\"schema\":\"stuck\",\"file\":\"" + file + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().get("jobId").asLong();
    }

    private static void awaitPgDumpWaitingForTheLock() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = TestPostgres.connect(TestPostgres.TEAM_DATABASE);
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE application_name = 'pgdeck' AND wait_event_type = 'Lock'")) {
                row.next();
                if (row.getInt(1) > 0) {
                    return;
                }
            }
            JobWaiter.sleep(100);
        }
        throw new AssertionError("pg_dump never waited for the lock");
    }
}
