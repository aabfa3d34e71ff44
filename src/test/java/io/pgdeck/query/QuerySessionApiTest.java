package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The Query Tool's session API against the real server, as a tab would use it. */
class QuerySessionApiTest extends QuerySessionTest {

    @Autowired
    JdbcClient state;

    @Test
    void opensASessionInAutoCommitModeWithAnIdleTransaction() {
        Response created = loggedIn().postJson("/api/v1/databases/shop/query-sessions", "{}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("autoCommit").asBoolean()).isTrue();
        assertThat(created.json().get("transactionStatus").asString()).isEqualTo("idle");
        assertThat(created.json().get("readOnly").asBoolean()).isFalse();
    }

    @Test
    void splitsOnlyAtTopLevelSemicolons() {
        JsonNode answer = session().execute("""
                SELECT $tag$ ; $$ ; $tag$ AS dollar; -- a comment; with semicolons
                /* nested /* ; */ ; */ SELECT E'it\\'s;' AS escaped, 'a;b' AS plain;
                SELECT 'O''Brien;' AS quoted
                """);

        assertThat(answer.get("error")).isNull();
        assertThat(answer.get("results")).hasSize(3);
        assertThat(answer.at("/results/0/rows/0/0").asString()).isEqualTo(" ; $$ ; ");
        assertThat(answer.at("/results/1/rows/0/0").asString()).isEqualTo("it's;");
        assertThat(answer.at("/results/1/rows/0/1").asString()).isEqualTo("a;b");
        assertThat(answer.at("/results/2/rows/0/0").asString()).isEqualTo("O'Brien;");
    }

    @Test
    void aScriptGivesOneResultPerStatementWithCommandsRowsAffectedAndNotices() {
        SessionClient tab = session();
        JsonNode answer = tab.execute("""
                CREATE TEMP TABLE scratch (id int, label text);
                INSERT INTO scratch SELECT g, 'row ' || g FROM generate_series(1, 5) g;
                DO $$ BEGIN RAISE NOTICE 'counted %', (SELECT count(*) FROM scratch); END $$;
                SELECT * FROM scratch ORDER BY id;
                UPDATE scratch SET label = upper(label) WHERE id <= 2
                """);

        assertThat(answer.get("error")).isNull();
        assertThat(answer.get("results")).hasSize(5);
        assertThat(answer.at("/results/0/command").asString()).isEqualTo("CREATE TABLE");
        assertThat(answer.at("/results/1/command").asString()).isEqualTo("INSERT");
        assertThat(answer.at("/results/1/rowCount").asInt()).isEqualTo(5);
        assertThat(answer.at("/results/2/notices/0").asString()).isEqualTo("counted 5");
        assertThat(answer.at("/results/3/rows")).hasSize(5);
        assertThat(answer.at("/results/3/rows/4/1").asString()).isEqualTo("row 5");
        assertThat(answer.at("/results/3/truncated").asBoolean()).isFalse();
        assertThat(answer.at("/results/4/rowCount").asInt()).isEqualTo(2);
        assertThat(answer.get("transactionStatus").asString()).isEqualTo("idle");
    }

    @Test
    void anErrorStopsTheScriptAndPointsIntoTheWholeScript() {
        String script = "SELECT 1;\nSELECT nosuchcolumn FROM customers;\nSELECT 3";
        JsonNode answer = session().execute(script);

        assertThat(answer.get("results")).hasSize(1);
        JsonNode error = answer.get("error");
        assertThat(error.get("statementIndex").asInt()).isEqualTo(1);
        assertThat(error.get("sqlState").asString()).isEqualTo("42703");
        assertThat(script.substring(error.get("scriptPosition").asInt())).startsWith("nosuchcolumn");
    }

    @Test
    void pagesOfALargeResultAtArbitraryOffsetsAreStableWithoutGapsOrDuplicates() {
        SessionClient tab = session();
        JsonNode answer = tab.execute("SELECT g AS n, md5(g::text) AS hash FROM generate_series(1, 100000) g", 500);
        JsonNode first = answer.at("/results/0");
        assertThat(first.get("rows")).hasSize(500);
        assertThat(first.get("truncated").asBoolean()).isTrue();
        String resultId = first.get("resultId").asString();

        // A jump far ahead, then back, then pages in shuffled order: every page holds exactly its rows.
        assertThat(tab.rows(resultId, 90_000, 3).at("/rows/0/0").asLong()).isEqualTo(90_001);
        assertThat(tab.rows(resultId, 10, 2).at("/rows/1/0").asLong()).isEqualTo(12);
        List<Integer> offsets = new ArrayList<>();
        for (int offset = 0; offset < 100_000; offset += 7_000) {
            offsets.add(offset);
        }
        Collections.shuffle(offsets, new java.util.Random(11));
        boolean[] seen = new boolean[100_001];
        for (int offset : offsets) {
            JsonNode page = tab.rows(resultId, offset, 7_000);
            assertThat(page.get("offset").asLong()).isEqualTo(offset);
            for (int i = 0; i < page.get("rows").size(); i++) {
                int n = page.get("rows").get(i).get(0).asInt();
                assertThat(n).isEqualTo(offset + i + 1);
                assertThat(seen[n]).as("row %d twice", n).isFalse();
                seen[n] = true;
            }
        }
        for (int n = 1; n <= 100_000; n++) {
            assertThat(seen[n]).as("row %d missing", n).isTrue();
        }
        JsonNode last = tab.rows(resultId, 99_990, 100);
        assertThat(last.get("rows")).hasSize(10);
        assertThat(last.get("complete").asBoolean()).isTrue();
        assertThat(last.get("rowCount").asLong()).isEqualTo(100_000);
        assertThat(last.at("/columns/1/name").asString()).isEqualTo("hash");
    }

    @Test
    void aLaterStatementThatNeedsAutoCommitKeepsTheEarlierResultReadable() {
        SessionClient tab = session();
        JsonNode answer = tab.execute("""
                SELECT g FROM generate_series(1, 5000) g;
                CREATE TEMP TABLE after_select (id int);
                VACUUM after_select
                """, 100);

        assertThat(answer.get("error")).isNull();
        String resultId = answer.at("/results/0/resultId").asString();
        JsonNode tail = tab.rows(resultId, 4_990, 100);
        assertThat(tail.get("rows")).hasSize(10);
        assertThat(tail.at("/rows/9/0").asInt()).isEqualTo(5000);
        assertThat(tail.get("complete").asBoolean()).isTrue();
    }

    @Test
    void cancelStopsALongStatementAtOnceAndTheSessionWorksAfter() throws Exception {
        SessionClient tab = session();
        int pid = tab.backendPid();
        long started = System.nanoTime();
        CompletableFuture<JsonNode> running = CompletableFuture.supplyAsync(() -> tab.execute("SELECT pg_sleep(30)"));
        waitUntilRunning(pid, "pg_sleep");

        assertThat(tab.post("cancel", "{}").status()).isEqualTo(202);

        JsonNode answer = running.get(10, TimeUnit.SECONDS);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
        assertThat(answer.at("/error/sqlState").asString()).isEqualTo("57014");
        assertThat(tab.execute("SELECT 42").at("/results/0/rows/0/0").asInt()).isEqualTo(42);
    }

    @Test
    void transactionStatusFollowsBeginErrorsAndRollback() {
        SessionClient tab = session();

        assertThat(tab.execute("BEGIN").get("transactionStatus").asString()).isEqualTo("inTransaction");
        JsonNode failed = tab.execute("SELECT 1 / 0");
        assertThat(failed.at("/error/sqlState").asString()).isEqualTo("22012");
        assertThat(failed.get("transactionStatus").asString()).isEqualTo("failed");
        assertThat(tab.execute("SELECT 1").at("/error/sqlState").asString()).isEqualTo("25P02");
        assertThat(tab.execute("ROLLBACK").get("transactionStatus").asString()).isEqualTo("idle");
    }

    @Test
    void withoutAutoCommitChangesStayInvisibleUntilCommitAndRollbackDiscardsThem() throws Exception {
        SessionClient tab = session();
        assertThat(tab.patch("{\"autoCommit\":false}").json().get("autoCommit").asBoolean())
                .isFalse();

        JsonNode inserted = tab.execute("INSERT INTO customers (name) VALUES ('uncommitted one')");
        assertThat(inserted.get("transactionStatus").asString()).isEqualTo("inTransaction");
        assertThat(countCustomersNamed("uncommitted one")).isZero();
        assertThat(tab.post("rollback", "{}").json().get("transactionStatus").asString())
                .isEqualTo("idle");
        assertThat(countCustomersNamed("uncommitted one")).isZero();

        tab.execute("INSERT INTO customers (name) VALUES ('committed one')");
        assertThat(tab.post("commit", "{}").json().get("transactionStatus").asString())
                .isEqualTo("idle");
        assertThat(countCustomersNamed("committed one")).isEqualTo(1);
        TestPostgres.execute("shop", "DELETE FROM customers WHERE name = 'committed one'");
    }

    @Test
    void autoRollbackEndsAFailedTransactionAndSaysSo() {
        SessionClient tab = session();
        tab.patch("{\"autoRollback\":true}");

        tab.execute("BEGIN");
        JsonNode failed = tab.execute("SELECT 1 / 0");

        assertThat(failed.get("transactionStatus").asString()).isEqualTo("idle");
        assertThat(failed.get("messages").get(0).asString()).contains("rolled back");
    }

    @Test
    void resultsOpenInTheUsersTransactionSurviveItsCommit() {
        SessionClient tab = session();
        JsonNode answer = tab.execute("BEGIN; SELECT g FROM generate_series(1, 3000) g; COMMIT", 100);

        assertThat(answer.get("transactionStatus").asString()).isEqualTo("idle");
        String resultId = answer.at("/results/1/resultId").asString();
        assertThat(tab.rows(resultId, 2_999, 10).at("/rows/0/0").asInt()).isEqualTo(3000);
    }

    @Test
    void aTransactionHeldOnlyByAnUnreadResultIsEndedWhenItSitsIdleKeepingTheRowsRead() throws Exception {
        SessionClient tab = session();
        int pid = tab.backendPid();
        // More rows than a session keeps when the transaction its cursor lives in must end (1,000,000).
        String resultId = tab.execute("SELECT g FROM generate_series(1, 1000100) g", 100)
                .at("/results/0/resultId")
                .asString();
        assertThat(backendState(pid)).isEqualTo("idle in transaction");

        sessions.releaseIdleTransactions(java.time.Duration.ZERO);

        assertThat(backendState(pid)).isEqualTo("idle");
        assertThat(tab.rows(resultId, 999_999, 10).at("/rows/0/0").asInt()).isEqualTo(1_000_000);
        JsonNode beyond = tab.rows(resultId, 1_000_000, 10);
        assertThat(beyond.get("rows")).isEmpty();
        assertThat(beyond.get("complete").asBoolean()).isTrue();
        assertThat(beyond.get("lost").asString()).contains("sat unread");
    }

    @Test
    void aLoginHoldsABoundedNumberOfSessions() {
        io.pgdeck.testing.Client login = loggedIn();
        List<SessionClient> open = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            open.add(SessionClient.open(login, "shop"));
        }

        Response refused = login.postJson("/api/v1/databases/shop/query-sessions", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("close a Query Tool tab");
        open.get(0).delete();
        assertThat(login.postJson("/api/v1/databases/shop/query-sessions", "{}").status())
                .isEqualTo(201);
    }

    @Test
    void everyExecutionIsInTheSearchableHistory() {
        SessionClient tab = session();
        tab.execute("SELECT 'history marker 7731' AS marker");
        tab.execute("SELECT 'history marker 7731' / 0");

        JsonNode found =
                tab.http.get("/api/v1/query-history?search=MARKER%207731").json();

        assertThat(found).hasSize(2);
        assertThat(found.get(0).get("outcome").asString()).isEqualTo("error");
        assertThat(found.get(1).get("outcome").asString()).isEqualTo("success");
        assertThat(found.get(1).get("database").asString()).isEqualTo("shop");
        assertThat(found.get(1).get("rowCount").asInt()).isEqualTo(1);
        assertThat(found.get(1).get("executedAt").asString()).endsWith("Z");
        assertThat(tab.http
                        .get("/api/v1/query-history?search=nothing%20like%20this")
                        .json())
                .isEmpty();
    }

    @Test
    void aSessionBelongsToTheLoginThatOpenedIt() {
        SessionClient tab = session();

        Response other = loggedIn().get(tab.path());

        assertThat(other.status()).isEqualTo(404);
        assertThat(tab.http.get(tab.path()).status()).isEqualTo(200);
    }

    @Test
    void closingTheSessionOrLoggingOutClosesItsConnection() throws Exception {
        SessionClient closed = session();
        int closedPid = closed.backendPid();
        assertThat(closed.delete().status()).isEqualTo(204);
        assertThat(closed.http.get(closed.path()).status()).isEqualTo(404);
        waitUntilGone(closedPid);

        SessionClient loggedOut = session();
        int loggedOutPid = loggedOut.backendPid();
        loggedOut.http.postForm("/logout", java.util.Map.of("_csrf", loggedOut.http.cookie("XSRF-TOKEN")));
        waitUntilGone(loggedOutPid);
    }

    @Test
    void aServerConnectionLostMidQueryIsAClearErrorAndTheSessionWorksAfter() throws Exception {
        SessionClient tab = session();
        int pid = tab.backendPid();
        CompletableFuture<JsonNode> running = CompletableFuture.supplyAsync(() -> tab.execute("SELECT pg_sleep(30)"));
        waitUntilRunning(pid, "pg_sleep");

        TestPostgres.execute("postgres", "SELECT pg_terminate_backend(" + pid + ")");

        JsonNode answer = running.get(10, TimeUnit.SECONDS);
        assertThat(answer.at("/error/message").asString()).isNotBlank();
        assertThat(answer.get("messages").toString()).contains("connection to the database server was lost");
        assertThat(tab.execute("SELECT 7").at("/results/0/rows/0/0").asInt()).isEqualTo(7);
        assertThat(tab.backendPid()).isNotEqualTo(pid);
    }

    @Test
    void refusesBadRequestsClearly() {
        SessionClient tab = session();

        assertThat(tab.executeResponse(" ", null).status()).isEqualTo(400);
        assertThat(tab.http.get(tab.path() + "/results/nope/rows").status()).isEqualTo(404);
        assertThat(tab.http.get(tab.path() + "/results/nope/export?format=xml").status())
                .isEqualTo(400);
        assertThat(tab.post("explain", "{\"sql\":\"SELECT 1; SELECT 2\"}").status())
                .isEqualTo(400);
        assertThat(loggedIn()
                        .postJson("/api/v1/databases/nosuchdb/query-sessions", "{}")
                        .status())
                .isEqualTo(404);
    }

    private static long countCustomersNamed(String name) throws Exception {
        try (Connection connection = TestPostgres.connect("shop");
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FROM customers WHERE name = '" + name + "'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String backendState(int pid) throws Exception {
        try (Connection connection = TestPostgres.connect("postgres");
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT state FROM pg_stat_activity WHERE pid = " + pid)) {
            row.next();
            return row.getString(1);
        }
    }

    static void waitUntilRunning(int pid, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection connection = TestPostgres.connect("postgres");
                    ResultSet row = connection
                            .createStatement()
                            .executeQuery(
                                    "SELECT query FROM pg_stat_activity WHERE state = 'active' AND pid = " + pid)) {
                if (row.next() && row.getString(1).contains(text)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + pid + " never ran " + text);
    }

    private static void waitUntilGone(int pid) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection connection = TestPostgres.connect("postgres");
                    ResultSet row = connection
                            .createStatement()
                            .executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
                row.next();
                if (row.getInt(1) == 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + pid + " is still connected");
    }
}
