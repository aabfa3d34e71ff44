package io.pgdeck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.PgdeckProcess;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The container image, really built (deploy/image/build.sh: Debian 13 packages, no registry) and pgdeck really started
 * from it ({@code buildah run --isolation chroot}, as its own non-root account), pointed at the test server: a login,
 * then a schema backup made by the image's own pg_dump 17.
 */
class ImageIT {

    private static final String IMAGE = "localhost/pgdeck:it";
    private static final String PASSWORD = "image-test-password";

    @Test
    void buildsStartsLogsInAndBacksUpWithItsOwnPgDump17() throws Exception {
        long started = System.nanoTime();
        run(List.of("deploy/image/build.sh", IMAGE, "target/pgdeck.jar"), Duration.ofMinutes(10));
        System.out.printf("ImageIT: the image was built in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        assertThat(output(
                        List.of("buildah", "inspect", "--type", "image", "--format", "{{.OCIv1.Config.User}}", IMAGE)))
                .isEqualTo("10001:10001");
        assertThat(output(List.of("buildah", "inspect", "--type", "image", "--format", "{{.OCIv1.Config.Env}}", IMAGE)))
                .as("no secret baked into the image")
                .doesNotContainIgnoringCase("password");

        TestPostgres.execute(
                TestPostgres.SINGLE_DATABASE,
                "DROP SCHEMA IF EXISTS image_probe CASCADE",
                "CREATE SCHEMA image_probe",
                "CREATE TABLE image_probe.kept (id int PRIMARY KEY, note text)",
                "INSERT INTO image_probe.kept VALUES (1, 'backed up from the image')");
        String container = output(List.of("buildah", "from", IMAGE));
        int port = PgdeckProcess.freePort();
        // The volumes a platform mounts: the state (the account's own, 0700) and a scratch /tmp; the rest is the image.
        Path state = Files.createTempDirectory("pgdeck-image-state-");
        Files.setAttribute(state, "unix:uid", 10001);
        Files.setAttribute(state, "unix:gid", 10001);
        Path scratch = Files.createTempDirectory("pgdeck-image-tmp-");
        Files.setPosixFilePermissions(scratch, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
        Process pgdeck = new ProcessBuilder(
                        "buildah",
                        "run",
                        "--isolation",
                        "chroot",
                        "--env",
                        "PGDECK_SERVER_HOST=127.0.0.1",
                        "--env",
                        "PGDECK_SERVER_PORT=" + TestPostgres.port(),
                        "--env",
                        "PGDECK_SERVER_DATABASE=" + TestPostgres.SINGLE_DATABASE,
                        "--env",
                        "PGDECK_SERVER_USERNAME=" + TestPostgres.SUPERUSER,
                        "--env",
                        "PGDECK_SERVER_SSLMODE=disable",
                        "--env",
                        "PGDECK_ACCOUNT_PASSWORD=" + PASSWORD,
                        "--env",
                        "SERVER_PORT=" + port,
                        container,
                        "--",
                        "java",
                        "-jar",
                        "/opt/pgdeck/pgdeck.jar")
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("pgdeck-image-", ".log").toFile())
                .start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitReady(base, pgdeck);
            assertThat(accountOfTheJava(pgdeck))
                    .as("pgdeck's uid inside the image")
                    .isEqualTo("10001");

            Client client = Client.at(base);
            assertThat(client.login("team", PASSWORD)).doesNotContain("error");
            Client.Response backup = client.postJson(
                    "/api/v1/databases/" + TestPostgres.SINGLE_DATABASE + "/backups",
                    "{\"scope\":\"schema\",\"schema\":\"image_probe\",\"file\":\"image_probe.sql\",\"format\":\"plain\"}");
            assertThat(backup.status()).as(backup.body()).isEqualTo(202);
            JsonNode job = awaitJob(client, backup.json().get("jobId").asLong());
            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
            assertThat(job.get("command").asString()).contains("/usr/lib/postgresql/17/bin/pg_dump");

            String dump =
                    client.get("/api/v1/files/content?path=image_probe.sql").body();
            assertThat(dump).contains("-- Dumped by pg_dump version 17.", "CREATE TABLE image_probe.kept");
            assertThat(dump).contains("backed up from the image");
        } finally {
            pgdeck.descendants().forEach(ProcessHandle::destroy);
            pgdeck.destroy();
            pgdeck.waitFor();
            run(List.of("buildah", "rm", container), Duration.ofMinutes(1));
        }
    }

    private static void awaitReady(String base, Process pgdeck) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Client probe = Client.at(base);
        while (Instant.now().isBefore(deadline) && pgdeck.isAlive()) {
            try {
                if (probe.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("pgdeck from the image did not become ready (alive: " + pgdeck.isAlive() + ")");
    }

    private static JsonNode awaitJob(Client client, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode job = client.get("/api/v1/jobs/" + id).json();
        while (Instant.now().isBefore(deadline)
                && List.of("queued", "running").contains(job.get("status").asString())) {
            Thread.sleep(200);
            job = client.get("/api/v1/jobs/" + id).json();
        }
        return job;
    }

    /** The real uid of the java process buildah started, read from /proc as the host sees it. */
    private static String accountOfTheJava(Process buildah) throws IOException {
        List<ProcessHandle> javas = new ArrayList<>(buildah.descendants()
                .filter(process -> process.info().command().orElse("").endsWith("java"))
                .toList());
        assertThat(javas).as("the java process inside the container").isNotEmpty();
        String status = Files.readString(Path.of("/proc/" + javas.get(0).pid() + "/status"));
        return status.lines()
                .filter(line -> line.startsWith("Uid:"))
                .map(line -> line.split("\\s+")[1])
                .findFirst()
                .orElseThrow();
    }

    private static String output(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static void run(List<String> command, Duration timeout) throws Exception {
        Path log = Files.createTempFile("pgdeck-image-command-", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took longer than " + timeout);
        }
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + Files.readString(log))
                .isZero();
    }
}
