package io.pgdeck.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementClassifierTest {

    static Stream<Arguments> commands() {
        return Stream.of(
                arguments("SELECT 1", "SELECT"),
                arguments("  -- hi\n/* there /* nested */ */ select 1", "SELECT"),
                arguments("WITH x AS (SELECT 1) SELECT * FROM x", "WITH"),
                arguments("(SELECT 1) UNION (SELECT 2)", "SELECT"),
                arguments("insert into t values (1)", "INSERT"),
                arguments("CREATE TABLE t (id int)", "CREATE TABLE"),
                arguments("create or replace function f() returns int return 1", "CREATE FUNCTION"),
                arguments("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX"),
                arguments("CREATE GLOBAL TEMPORARY TABLE t AS SELECT 1", "CREATE TABLE"),
                arguments("CREATE MATERIALIZED VIEW v AS SELECT 1", "CREATE MATERIALIZED VIEW"),
                arguments(
                        "CREATE CONSTRAINT TRIGGER t AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
                        "CREATE TRIGGER"),
                arguments("DROP FOREIGN DATA WRAPPER w", "DROP FOREIGN DATA WRAPPER"),
                arguments("DROP TABLE IF EXISTS t", "DROP TABLE"),
                arguments("ALTER TABLE t ADD c int", "ALTER TABLE"),
                arguments("ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r", "ALTER DEFAULT PRIVILEGES"),
                arguments("CREATE USER MAPPING FOR r SERVER s", "CREATE USER MAPPING"),
                arguments("CREATE USER alice", "CREATE USER"),
                arguments("CREATE", "CREATE"),
                arguments("BEGIN", "BEGIN"),
                arguments("begin isolation level serializable", "BEGIN"),
                arguments("START TRANSACTION READ ONLY", "START TRANSACTION"),
                arguments("PREPARE TRANSACTION 'x'", "PREPARE TRANSACTION"),
                arguments("PREPARE q AS SELECT 1", "PREPARE"),
                arguments("COMMIT PREPARED 'x'", "COMMIT PREPARED"),
                arguments("SET search_path = app", "SET"),
                arguments("COPY t FROM STDIN", "COPY"),
                arguments("EXPLAIN ANALYZE SELECT 1", "EXPLAIN"),
                arguments("REFRESH MATERIALIZED VIEW CONCURRENTLY v", "REFRESH MATERIALIZED VIEW"),
                arguments("\"select\" 1", ""),
                arguments("(BEGIN)", ""),
                arguments("-- only a comment", ""),
                arguments("", ""),
                arguments("begın", "BEGıN"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("commands")
    void namesTheLeadingCommand(String sql, String command) {
        assertThat(StatementClassifier.classify(sql).command()).isEqualTo(command);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "SELECT 1",
                "select * from t where action = 'delete' and note = $$insert into$$",
                "-- note\nSELECT 1",
                "/* insert into t */ SELECT 1",
                "VALUES (1), (2)",
                "TABLE t",
                "WITH a AS (SELECT 1), b AS (SELECT * FROM a) SELECT * FROM b",
                "WITH RECURSIVE r(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT * FROM r",
                "(SELECT 1) UNION (SELECT 2)",
                "SELECT \"update\", \"into\" FROM \"delete\"",
                "SELECT 1;",
                "SELECT substring('abc' FROM 1 FOR 2)",
                "SELECT * FROM t FOR READ ONLY"
            })
    void recognisesAPlainSelect(String sql) {
        assertThat(StatementClassifier.classify(sql).plainSelect()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
                "WITH u AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM u",
                "with i as (insert into t values (1) returning *) select * from i",
                "WITH m AS (MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE RETURNING *) SELECT 1",
                "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x",
                "WITH a AS (SELECT 1), b AS (WITH c AS (DELETE FROM t RETURNING 1) SELECT * FROM c) SELECT 1",
                "SELECT * INTO new_table FROM t",
                "SELECT 1 INTO TEMP t",
                "SELECT * FROM t FOR UPDATE",
                "SELECT * FROM t FOR NO KEY UPDATE",
                "SELECT * FROM t FOR SHARE",
                "SELECT * FROM t FOR KEY SHARE SKIP LOCKED",
                "(SELECT * FROM t FOR UPDATE OF t NOWAIT)",
                "/* select */ DELETE FROM t",
                "INSERT INTO t SELECT 1",
                "EXPLAIN ANALYZE SELECT 1",
                "SELECT 1; DELETE FROM t",
                "SELECT 1; DROP TABLE t",
                "SELECT 'unterminated",
                "CREATE TABLE t AS SELECT 1",
                "COPY (SELECT 1) TO STDOUT",
                "DECLARE c CURSOR FOR SELECT 1",
                "\"select\" 1",
                "\u017Felect 1",
                ""
            })
    void refusesAnythingThatMayWriteOrLock(String sql) {
        assertThat(StatementClassifier.classify(sql).plainSelect()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "BEGIN",
                "begin transaction isolation level repeatable read",
                "START TRANSACTION",
                "COMMIT",
                "commit and chain",
                "END",
                "END TRANSACTION",
                "ROLLBACK",
                "ROLLBACK TO SAVEPOINT s",
                "ABORT",
                "SAVEPOINT s",
                "RELEASE SAVEPOINT s",
                "PREPARE TRANSACTION 'gid'",
                "COMMIT PREPARED 'gid'",
                "ROLLBACK PREPARED 'gid'",
                "-- comment\nCOMMIT"
            })
    void recognisesTransactionControl(String sql) {
        assertThat(StatementClassifier.classify(sql).transactionControl()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "SELECT 1",
                "PREPARE q AS SELECT 1",
                "START",
                "\"begin\"",
                "begın",
                "CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1; END",
                "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                "DO $$BEGIN COMMIT; END$$",
                ""
            })
    void doesNotMistakeOtherStatementsForTransactionControl(String sql) {
        assertThat(StatementClassifier.classify(sql).transactionControl()).isFalse();
    }
}
