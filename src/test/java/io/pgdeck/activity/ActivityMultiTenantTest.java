package io.pgdeck.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard of a multi-tenant team: its own database's sessions, locks and counters only, never another team's,
 * whatever the role could read; its own sessions it may cancel and end, others not.
 */
class ActivityMultiTenantTest extends MultiTenantTest {

    private static final String TEAM = TestPostgres.TEAM_DATABASE;
    private static final String OTHER_TEAM = TestPostgres.OTHER_TEAM_DATABASES.get(0);

    @Test
    void seesTheTeamsLongQueryAndCancelsIt() throws Exception {
        Client client = loggedIn();
        try (Connection app = TeamSessions.open(TestPostgres.TEAM_ROLE, TEAM, "dashboard-probe");
                Connection neighbour = TeamSessions.open(TestPostgres.SUPERUSER, OTHER_TEAM, "neighbour-probe")) {
            // Asked before it sleeps: a connection answers one statement at a time.
            int neighbourPid = pid(neighbour);
            CompletableFuture<Void> sleeping = TeamSessions.runInBackground(app, "SELECT pg_sleep(60)");
            CompletableFuture<Void> neighbourSleeping = TeamSessions.runInBackground(neighbour, "SELECT pg_sleep(60)");
            JsonNode session = awaitSession(client, "dashboard-probe", "active");
            assertThat(session.get("database").asString()).isEqualTo(TEAM);
            assertThat(session.get("query").asString()).contains("pg_sleep(60)");
            assertThat(sessions(client))
                    .noneMatch(s -> s.get("database").asString().equals(OTHER_TEAM));

            assertThat(post(client, "/sessions/" + neighbourPid + "/cancel").status())
                    .as("another team's session is not there for this team")
                    .isEqualTo(404);
            assertThat(client.get("/api/v1/activity/sessions?database=" + OTHER_TEAM)
                            .status())
                    .isEqualTo(404);

            Client.Response cancelled =
                    post(client, "/sessions/" + session.get("pid").asInt() + "/cancel");
            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(204);
            assertThatThrownBy(() -> sleeping.get(20, TimeUnit.SECONDS))
                    .rootCause()
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("canceling statement due to user request");
            assertThat(neighbourSleeping).isNotDone();
            neighbour.unwrap(org.postgresql.PGConnection.class).cancelQuery();
        }
    }

    @Test
    void endsTheTeamsIdleSessionButMayNotSignalASuperusersSession() throws Exception {
        Client client = loggedIn();
        try (Connection app = TeamSessions.open(TestPostgres.TEAM_ROLE, TEAM, "idle-probe");
                Connection admin = TeamSessions.open(TestPostgres.SUPERUSER, TEAM, "admin-probe")) {
            int idle = awaitSession(client, "idle-probe", "idle").get("pid").asInt();
            // The team's role sees another role's session, but not its state or query: PostgreSQL hides them.
            int adminPid = pid(admin);
            assertThat(sessions(client))
                    .filteredOn(s -> s.get("pid").asInt() == adminPid)
                    .singleElement()
                    .satisfies(s -> assertThat(s.get("query").asString()).isEqualTo("<insufficient privilege>"));

            Client.Response refused = post(client, "/sessions/" + adminPid + "/terminate");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).contains("may not signal");

            assertThat(post(client, "/sessions/" + idle + "/terminate").status())
                    .isEqualTo(204);
            Thread.sleep(200);
            assertThatThrownBy(() -> app.createStatement().execute("SELECT 1")).isInstanceOf(SQLException.class);
            assertThat(admin.isValid(2)).isTrue();
        }
    }

    @Test
    void showsWhoBlocksWhomAndTheTeamsCounters() throws Exception {
        Client client = loggedIn();
        TestPostgres.execute(TEAM, "CREATE TABLE IF NOT EXISTS public.dashboard_locked (id int)");
        TestPostgres.execute(TEAM, "ALTER TABLE public.dashboard_locked OWNER TO " + TestPostgres.TEAM_ROLE);
        try (Connection holder = TeamSessions.open(TestPostgres.TEAM_ROLE, TEAM, "lock-holder");
                Connection waiter = TeamSessions.open(TestPostgres.TEAM_ROLE, TEAM, "lock-waiter")) {
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE public.dashboard_locked IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<Void> waiting =
                    TeamSessions.runInBackground(waiter, "SELECT count(*) FROM public.dashboard_locked");
            awaitSession(client, "lock-waiter", "active");

            JsonNode locks = client.get("/api/v1/activity/locks").json();
            int holderPid = pid(holder);
            JsonNode blocked = findWhere(locks, "granted", false);
            assertThat(blocked.get("relation").asString()).isEqualTo("dashboard_locked");
            assertThat(blocked.get("blockedBy").get(0).asInt()).isEqualTo(holderPid);
            assertThat(sessions(client))
                    .filteredOn(s -> s.get("application").asString().equals("lock-holder"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.get("state").asString()).isEqualTo("idle in transaction"));

            JsonNode stats = client.get("/api/v1/activity/stats").json();
            assertThat(stats.get("commits").asLong()).isPositive();
            assertThat(stats.get("blocksHit").asLong()).isPositive();
            assertThat(stats.get("idleInTransaction").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(stats.get("preparedTransactions").isArray()).isTrue();

            holder.rollback();
            waiting.get(10, TimeUnit.SECONDS);
        }
    }

    private static JsonNode findWhere(JsonNode rows, String field, boolean value) {
        for (JsonNode row : rows) {
            if (row.get(field).asBoolean() == value) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }

    static Client.Response post(Client client, String path) {
        return client.postJson("/api/v1/activity" + path, "{}");
    }

    static java.util.List<JsonNode> sessions(Client client) {
        java.util.List<JsonNode> list = new java.util.ArrayList<>();
        client.get("/api/v1/activity/sessions").json().forEach(list::add);
        return list;
    }

    static JsonNode awaitSession(Client client, String application, String state) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode session : sessions(client)) {
                if (session.get("application").asString().equals(application)
                        && session.get("state").asString().equals(state)) {
                    return session;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + state + " session of " + application + ": " + sessions(client));
    }

    static int pid(Connection connection) throws SQLException {
        try (var row = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }
}
