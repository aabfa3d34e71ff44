package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Production is read-only whatever is typed: every attempt below goes through the query API as the team would send it,
 * fails with a clear error, and leaves the data, the catalog, the sequences, large objects and role settings as they
 * were.
 */
class ProductionWriteAttemptsTest extends ProductionTest {

    @Autowired
    QuerySessions sessions;

    private static Client sessionLogin;

    private static final String FINGERPRINT = """
            SELECT concat_ws(' | ',
                (SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) FROM public.accounts a),
                (SELECT string_agg(c.oid::regclass::text || ':' || c.relkind::text, ',' ORDER BY c.oid::regclass::text)
                   FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace),
                (SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace),
                (SELECT last_value || '/' || is_called FROM public.invoice_seq),
                (SELECT count(*) FROM pg_largeobject_metadata),
                (SELECT coalesce(string_agg(setconfig::text, ',' ORDER BY setrole), '') FROM pg_db_role_setting),
                (SELECT rolpassword FROM pg_authid WHERE rolname = 'prod_reader'),
                (SELECT relacl::text FROM pg_class WHERE oid = 'public.accounts'::regclass),
                (SELECT string_agg(proname, ',' ORDER BY proname) FROM pg_proc
                   WHERE pronamespace = 'public'::regnamespace))
            """;

    static List<String> attempts() {
        return List.of(
                "INSERT INTO accounts VALUES (999, 'intruder', 1)",
                "UPDATE accounts SET balance = 0",
                "DELETE FROM accounts",
                "TRUNCATE accounts",
                "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE; UPDATE accounts SET balance = 0",
                "SET default_transaction_read_only = off; UPDATE accounts SET balance = 0",
                "RESET default_transaction_read_only; DELETE FROM accounts",
                "SET transaction_read_only = off; DELETE FROM accounts",
                "SELECT set_config('transaction_read_only', 'off', false); DELETE FROM accounts",
                "BEGIN READ WRITE; UPDATE accounts SET balance = 0; COMMIT",
                "START TRANSACTION READ WRITE; DELETE FROM accounts; COMMIT",
                "COMMIT; DELETE FROM accounts",
                "WITH gone AS (DELETE FROM accounts RETURNING *) SELECT count(*) FROM gone",
                "DO $$ BEGIN EXECUTE 'DELETE FROM accounts'; END $$",
                "DO $$ BEGIN PERFORM set_config('transaction_read_only', 'off', true); DELETE FROM accounts; END $$",
                "COPY accounts FROM '/etc/hostname'",
                "COPY (SELECT 1) TO '/tmp/pgdeck-escape.txt'",
                "CREATE TABLE public.intruder (id int)",
                "CREATE TEMP TABLE scratch (id int)",
                "CREATE SCHEMA intruder",
                "DROP TABLE accounts",
                "ALTER TABLE accounts ADD COLUMN hacked boolean",
                "CREATE INDEX ON accounts (owner)",
                "GRANT ALL ON accounts TO PUBLIC",
                "SELECT nextval('public.invoice_seq')",
                "SELECT setval('public.invoice_seq', 1000)",
                "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "SELECT public.reset_balance(1)",
                "SELECT 1; DELETE FROM accounts",
                "/* harmless */ DELETE/**/FROM\taccounts\n-- trailing comment",
                "  \n\t uPdAtE   accounts   SeT   balance=0  ",
                "PREPARE wipe AS DELETE FROM accounts; EXECUTE wipe",
                "SELECT * FROM accounts FOR UPDATE",
                "ALTER ROLE prod_reader SET default_transaction_read_only = off",
                "ALTER ROLE prod_reader PASSWORD 'taken-over'",
                "SAVEPOINT s; ROLLBACK TO SAVEPOINT s; DELETE FROM accounts",
                "VACUUM FULL accounts");
    }

    /** Tests share one server: the connections their sessions hold are given back after each. */
    @AfterEach
    void closeSessions() {
        sessions.closeIdle(java.time.Duration.ZERO);
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void everyWriteAttemptFailsClearlyAndChangesNothing(String attempt) throws SQLException {
        assertRefusedAndHarmless(attempt, () -> loggedIn().query("prod_app", attempt));
    }

    /** A Query Tool session gives the same guarantee: each execution runs in a pinned read-only transaction. */
    @ParameterizedTest
    @MethodSource("attempts")
    void everyWriteAttemptThroughAQuerySessionFailsClearlyAndChangesNothing(String attempt) throws SQLException {
        SessionClient tab = SessionClient.open(sessionLogin(), "prod_app");
        try {
            assertRefusedAndHarmless(attempt, () -> tab.executeResponse(attempt, null));
            assertThat(tab.execute("SELECT count(*) FROM accounts")
                            .at("/results/0/rows/0/0")
                            .asInt())
                    .isEqualTo(20);
        } finally {
            tab.delete();
        }
    }

    /** One login for the whole battery: logging in hashes a password, which would dominate its time. */
    private Client sessionLogin() {
        if (sessionLogin == null) {
            sessionLogin = loggedIn();
        }
        return sessionLogin;
    }

    static void assertRefusedAndHarmless(String attempt, Supplier<Response> run) throws SQLException {
        String before = fingerprint();

        Response response = run.get();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode error = response.json().get("error");
        assertThat(error)
                .as("no error for: " + attempt + " -> " + response.body())
                .isNotNull();
        assertThat(error.get("message").asString()).isNotBlank();
        assertThat(error.get("sqlState").asString()).hasSize(5);
        assertThat(fingerprint()).isEqualTo(before);
    }

    /**
     * The production role may not create large objects (start-up refuses one that may), and pgdeck rolls every
     * production script back besides: no large object is ever kept.
     */
    @Test
    void aLargeObjectCreatedInProductionIsNotKept() throws SQLException {
        String before = fingerprint();

        loggedIn().query("prod_app", "SELECT lo_create(0)");
        SessionClient.open(loggedIn(), "prod_app").execute("SELECT lo_create(0)");

        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aQuerySessionRefusesTransactionControlAndAutoCommitChangesWithClearMessages() {
        SessionClient tab = SessionClient.open(loggedIn(), "prod_app");
        assertThat(tab.http.get(tab.path()).json().get("readOnly").asBoolean()).isTrue();

        JsonNode begin = tab.execute("BEGIN");
        assertThat(begin.at("/error/sqlState").asString()).isEqualTo("25006");
        assertThat(begin.at("/error/message").asString()).contains("read-only transaction");
        Response autoCommitOff = tab.patch("{\"autoCommit\":false}");
        assertThat(autoCommitOff.status()).isEqualTo(409);
        assertThat(autoCommitOff.json().get("detail").asString()).contains("Auto-commit does not apply");
        assertThat(tab.post("commit", "{}").status()).isEqualTo(409);
        assertThat(tab.post("rollback", "{}").status()).isEqualTo(200);
    }

    @Test
    void aQuerySessionPagesAndExportsInProduction() {
        SessionClient tab = SessionClient.open(loggedIn(), "prod_app");
        String resultId = tab.execute("SELECT id, owner FROM accounts ORDER BY id", 5)
                .at("/results/0/resultId")
                .asString();

        assertThat(tab.rows(resultId, 15, 10).get("rows")).hasSize(5);
        assertThat(tab.export(resultId, "csv").body())
                .startsWith("id,owner\n1,owner 1\n")
                .contains("20,owner 20\n");
    }

    @Test
    void readingStillWorks() {
        JsonNode answer =
                loggedIn().query("prod_app", "SELECT count(*) FROM accounts").json();

        assertThat(answer.get("error")).isNull();
        assertThat(answer.at("/results/0/rows/0/0").asInt()).isEqualTo(20);
    }

    static String fingerprint() throws SQLException {
        try (Connection connection = TestPostgres.connect(TestPostgres.PRODUCTION_DATABASE);
                ResultSet row = connection.createStatement().executeQuery(FINGERPRINT)) {
            row.next();
            return row.getString(1);
        }
    }
}
