package io.pgdeck.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.Nginx;
import io.pgdeck.testing.PgdeckProcess;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Two real pgdeck processes on one state database (an external PostgreSQL) and one shared volume, behind nginx
 * round-robin: they serve one team as one. Only a query session's live connection stays where it was opened, and the
 * other replica says so in a way the page can act on.
 */
class ReplicasTest {

    private static final String STATE_PASSWORD = "state-" + UUID.randomUUID();
    private static final String STATE_DATABASE =
            "pgdeck_state_" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path shared;

    static PgdeckProcess first;
    static PgdeckProcess second;
    static Nginx proxy;

    @BeforeAll
    static void startTwoReplicasBehindAProxy() throws IOException {
        TestPostgres.execute(
                "postgres",
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgdeck_state') THEN "
                        + "CREATE ROLE pgdeck_state LOGIN; END IF; END $$",
                "ALTER ROLE pgdeck_state PASSWORD '" + STATE_PASSWORD + "'",
                "CREATE DATABASE " + STATE_DATABASE + " OWNER pgdeck_state");
        TestPostgres.execute("shop", "CREATE TABLE IF NOT EXISTS replica_locked (id int)");
        Path passwordFile = Files.writeString(shared.resolve("state-password"), STATE_PASSWORD);
        Map<String, String> settings = new HashMap<>();
        settings.put("pgdeck.server.host", "127.0.0.1");
        settings.put("pgdeck.server.port", String.valueOf(TestPostgres.port()));
        settings.put("pgdeck.server.sslmode", "disable");
        settings.put("pgdeck.server.username", TestPostgres.SUPERUSER);
        settings.put("pgdeck.server.password", "");
        settings.put("pgdeck.server.database", "postgres");
        settings.put("pgdeck.account.password", Deployments.TEAM_LOGIN_PASSWORD);
        settings.put("pgdeck.account.lockout", "4s");
        settings.put("pgdeck.state.url", "postgresql://127.0.0.1:" + TestPostgres.port() + "/" + STATE_DATABASE);
        settings.put("pgdeck.state.username", "pgdeck_state");
        settings.put("pgdeck.state.password-file", passwordFile.toString());
        settings.put("pgdeck.state.dir", shared.resolve("state").toString());
        settings.put("pgdeck.storage.dir", shared.resolve("storage").toString());
        first = PgdeckProcess.start(settings, shared);
        second = PgdeckProcess.start(settings, shared);
        proxy = Nginx.roundRobin(List.of(first.port(), second.port()), shared.resolve("nginx"));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable process : new AutoCloseable[] {proxy, first, second}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (Exception ignored) {
                // Stopping is best effort; the temp folder goes anyway.
            }
        }
    }

    @Test
    void aLoginOnOneReplicaIsALoginOnTheOther() {
        Client browser = Client.at(proxy.baseUrl());
        assertThat(browser.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");

        for (int i = 0; i < 6; i++) {
            assertThat(browser.get("/api/v1/deployment").status())
                    .as("request %d through the proxy", i)
                    .isEqualTo(200);
        }
        assertThat(browser.on(first.baseUrl()).get("/api/v1/deployment").status())
                .isEqualTo(200);
        assertThat(browser.on(second.baseUrl()).get("/api/v1/deployment").status())
                .isEqualTo(200);
        assertThat(browser.on(second.baseUrl())
                        .postJson("/api/v1/files/directories?path=replica-" + UUID.randomUUID(), "{}")
                        .status())
                .as("a write with the CSRF token the other replica issued")
                .isEqualTo(201);
    }

    @Test
    void aJobStartedOnOneIsListedFollowedAndCancelledFromTheOther() throws Exception {
        Client onFirst = loggedIn(first);
        Client onSecond = onFirst.on(second.baseUrl());
        List<String> events = followEvents(onSecond);
        try (Connection holder = TestPostgres.connect("shop");
                Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("LOCK TABLE replica_locked IN ACCESS EXCLUSIVE MODE");
            JsonNode started = onFirst.postJson(
                            "/api/v1/databases/shop/maintenance",
                            "{\"operation\":\"vacuum\",\"schema\":\"public\",\"table\":\"replica_locked\"}")
                    .json();
            long id = started.get("jobId").asLong();
            awaitStatus(onSecond, id, "running");
            assertThat(onSecond.get("/api/v1/jobs").body()).contains("\"id\":" + id);

            assertThat(onSecond.postJson("/api/v1/jobs/" + id + "/cancel", "{}").status())
                    .isEqualTo(200);

            awaitStatus(onSecond, id, "cancelled");
            assertThat(onFirst.get("/api/v1/jobs/" + id).json().get("status").asString())
                    .isEqualTo("cancelled");
            await(() -> events.stream().anyMatch(line -> line.contains("\"id\":" + id) && line.contains("cancelled")));
            assertThat(onSecond.get("/api/v1/jobs/" + id + "/log").body()).contains("VACUUM");
            assertThat(ownerInTheStateStore(id))
                    .as("the job's row in the shared state database")
                    .isNotBlank();
            holder.rollback();
        }
    }

    @Test
    void aFileUploadedOnOneIsDownloadedFromTheOther() {
        Client onFirst = loggedIn(first);
        String name = "replica-" + UUID.randomUUID() + ".txt";
        Client.Response upload = onFirst.send(
                onFirst.withCsrf(java.net.http.HttpRequest.newBuilder(onFirst.uri("/api/v1/files/content?path=" + name))
                        .PUT(HttpRequest.BodyPublishers.ofString("written on the first replica"))));
        assertThat(upload.status()).isBetween(200, 201);

        Client.Response download = onFirst.on(second.baseUrl()).get("/api/v1/files/content?path=" + name);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("written on the first replica");
    }

    @Test
    void historyIsSharedAndAQuerySessionOnTheOtherReplicaSaysToReopen() {
        Client onFirst = loggedIn(first);
        Client onSecond = onFirst.on(second.baseUrl());
        String session = onFirst.postJson("/api/v1/databases/shop/query-sessions", "{}")
                .json()
                .get("id")
                .asString();
        String marker = "replica history " + UUID.randomUUID();
        assertThat(onFirst.postJson(
                                "/api/v1/query-sessions/" + session + "/executions",
                                "{\"sql\":\"SELECT '" + marker + "'\"}")
                        .status())
                .isEqualTo(200);

        assertThat(onSecond.get("/api/v1/query-history?search=" + marker.replace(' ', '+'))
                        .body())
                .contains(marker);
        Client.Response elsewhere =
                onSecond.postJson("/api/v1/query-sessions/" + session + "/executions", "{\"sql\":\"SELECT 1\"}");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.header("Content-Type")).startsWith("application/problem+json");
        assertThat(elsewhere.json().get("code").asString()).isEqualTo("querySessionNotHere");
        assertThat(elsewhere.json().get("detail").asString()).contains("another replica");
    }

    /** The team's library on the PostgreSQL state store: one library, whichever replica saves or reads. */
    @Test
    void aQuerySavedOnOneIsSearchedVersionedAndExportedOnTheOther() throws java.sql.SQLException {
        Client onFirst = loggedIn(first);
        Client onSecond = onFirst.on(second.baseUrl());
        String marker = "replica" + UUID.randomUUID().toString().substring(0, 8);
        String id = onFirst.postJson(
                        "/api/v1/saved-queries",
                        "{\"name\":\"Shared " + marker + "\",\"folder\":\"ops\",\"tags\":[\"daily\"],"
                                + "\"database\":\"shop\",\"sql\":\"select 'first' -- " + marker + "\"}")
                .json()
                .get("id")
                .asString();

        JsonNode found = onSecond.get("/api/v1/saved-queries?q=" + marker + "&tag=daily")
                .json()
                .get("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("folder").asString()).isEqualTo("ops");
        assertThat(saveVersion(onSecond, id, marker, "second", 1).status()).isEqualTo(200);
        Client.Response stale = saveVersion(onFirst, id, marker, "stale", 1);
        assertThat(stale.status())
                .as("a save over the version the other replica wrote")
                .isEqualTo(409);

        JsonNode versions =
                onFirst.get("/api/v1/saved-queries/" + id + "/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("sql").asString()).contains("second");
        assertThat(onFirst.postJson("/api/v1/saved-queries/" + id + "/versions/1/restore", "{}")
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(3);
        assertThat(onSecond.get("/api/v1/saved-queries/export").body()).contains(id, "select 'first'");
        try (Connection state = TestPostgres.connect(STATE_DATABASE);
                java.sql.PreparedStatement count =
                        state.prepareStatement("SELECT count(*) FROM saved_query_version WHERE query_id = ?")) {
            count.setString(1, id);
            try (java.sql.ResultSet row = count.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt(1))
                        .as("versions in the shared state database")
                        .isEqualTo(3);
            }
        }
    }

    private static Client.Response saveVersion(Client client, String id, String marker, String text, int base) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/saved-queries/" + id)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Shared " + marker + "\",\"database\":\"shop\","
                        + "\"sql\":\"select '" + text + "' -- " + marker + "\",\"version\":" + base + "}")));
    }

    @Test
    void failedLoginsOnBothReplicasCountTowardOneLockout() throws InterruptedException {
        for (PgdeckProcess replica : List.of(first, second, first)) {
            Client.at(replica.baseUrl()).submitLogin(Deployments.TEAM_LOGIN, "wrong password");
        }

        String refused = Client.at(second.baseUrl()).login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD);
        assertThat(refused).contains("/login?");
        Thread.sleep(4500);
        assertThat(Client.at(second.baseUrl()).login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");
    }

    private static String ownerInTheStateStore(long id) throws java.sql.SQLException {
        try (Connection state = TestPostgres.connect(STATE_DATABASE);
                java.sql.PreparedStatement owner = state.prepareStatement("SELECT owner FROM job WHERE id = ?")) {
            owner.setLong(1, id);
            try (java.sql.ResultSet row = owner.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Client loggedIn(PgdeckProcess replica) {
        Client client = Client.at(replica.baseUrl());
        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith("/");
        client.get("/api/v1/deployment");
        return client;
    }

    /** Reads the live events stream of {@code client}'s replica in the background, a line at a time. */
    private static List<String> followEvents(Client client) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(client.uri("/api/v1/events"))
                .header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID"))
                .build();
        HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(lines::add));
        await(() -> lines.stream().anyMatch(line -> line.contains("pgdeck events")));
        return lines;
    }

    private static void awaitStatus(Client client, long id, String status) {
        await(() ->
                client.get("/api/v1/jobs/" + id).json().get("status").asString().equals(status));
    }

    private static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
