package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Production's read-only transaction cannot be escaped by making pgdeck and the server read a script differently
 * (pgAdmin's CVE-2026-17351 class): settings that change lexing are refused, every statement is one command to the
 * server under the session's real settings, and nothing that outlives a rollback (session advisory locks, signals)
 * is left. Each attempt goes through the one-shot API and through a query session; none may end the pinned
 * transaction, create a large object, change a role's settings or keep a lock.
 */
class ProductionLexingTest extends ProductionTest {

    private static final String ESCAPE = " select 'x\\'' ; COMMIT ; SET default_transaction_read_only = off;"
            + " select lo_create(0); ALTER ROLE prod_reader SET search_path = pwned; --'";

    @Autowired
    QuerySessions sessions;

    private static Client login;

    static List<String> attempts() {
        return List.of(
                "set standard_conforming_strings = off;" + ESCAPE,
                "SET SESSION standard_conforming_strings TO off;" + ESCAPE,
                "SET LOCAL standard_conforming_strings = off;" + ESCAPE,
                "set standard_conforming_strings to default; set standard_conforming_strings = 'off';" + ESCAPE,
                "select set_config('standard_conforming_strings', 'off', false);" + ESCAPE,
                "select set_config('standard_conforming_strings', 'off', true);" + ESCAPE,
                "select set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false);" + ESCAPE,
                "select 1 where set_config('standard_conforming_strings', 'off', false) is not null;" + ESCAPE,
                "DO $$ BEGIN PERFORM set_config('standard_conforming_strings', 'off', false); END $$;" + ESCAPE,
                "DO $$ BEGIN EXECUTE 'SET standard_conforming_strings = off'; END $$;" + ESCAPE,
                "set backslash_quote = on; set standard_conforming_strings = off;" + ESCAPE,
                "RESET ALL; SET default_transaction_read_only = off; select lo_create(0)",
                "set client_encoding = 'SJIS'; select lo_create(0)",
                "SET NAMES 'BIG5'; select lo_create(0)",
                "select set_config('client_encoding', 'GBK', false); select lo_create(0)",
                "select E'x\\'' ; COMMIT ; select lo_create(0); --'",
                "select $a$ ; COMMIT ; $a$ ; END ; select lo_create(0)",
                "select 1 /* /* */ ; COMMIT ; */ ; ABORT ; select lo_create(0)",
                "select U&'\\0027' ; COMMIT ; select lo_create(0)",
                "ALTER ROLE prod_reader SET standard_conforming_strings = off",
                "SELECT pg_advisory_lock(42)",
                "SELECT pg_try_advisory_lock_shared(7)",
                "SELECT pg_catalog.\"pg_advisory_lock\"(8)",
                "DO $$ BEGIN PERFORM pg_advisory_lock(43); END $$",
                "DO $$ BEGIN EXECUTE 'SELECT pg_advisory' || '_lock(44)'; END $$",
                "SELECT pg_terminate_backend(pg_backend_pid())",
                "SELECT pg_cancel_backend(1)");
    }

    @AfterEach
    void closeSessions() {
        sessions.closeIdle(java.time.Duration.ZERO);
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void aOneShotScriptCannotLeaveTheReadOnlyTransaction(String attempt) throws SQLException {
        ProductionWriteAttemptsTest.assertRefusedAndHarmless(attempt, () -> login().query("prod_app", attempt));
        assertThat(advisoryLocksOfTheReader()).isZero();
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void aQuerySessionCannotLeaveTheReadOnlyTransaction(String attempt) throws SQLException {
        SessionClient tab = SessionClient.open(login(), "prod_app");
        try {
            ProductionWriteAttemptsTest.assertRefusedAndHarmless(attempt, () -> tab.executeResponse(attempt, null));
            assertThat(advisoryLocksOfTheReader()).isZero();
            assertThat(tab.execute("SELECT current_setting('standard_conforming_strings')")
                            .at("/results/0/rows/0/0")
                            .asString())
                    .as("the next execution reads SQL as before")
                    .isEqualTo("on");
        } finally {
            tab.delete();
        }
    }

    private Client login() {
        if (login == null) {
            login = loggedIn();
        }
        return login;
    }

    private static long advisoryLocksOfTheReader() throws SQLException {
        try (Connection connection = TestPostgres.connect("postgres");
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                                + " WHERE l.locktype = 'advisory' AND a.usename = 'prod_reader'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
