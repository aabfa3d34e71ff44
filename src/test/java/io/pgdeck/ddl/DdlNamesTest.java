package io.pgdeck.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names are data, never SQL: a name holding a line break, a comment end, quotes, backslashes or any Unicode is written
 * into the generated script's comments as pg_dump 15.14+ writes it (line breaks as spaces), and running the script
 * runs nothing hidden in a name (CVE-2025-8715's class).
 */
class DdlNamesTest extends SingleTenantTest {

    private static final String SCHEMA = "ddl_names";
    private static final String INJECTION = "x\nCREATE TABLE public.ddl_injection_proof();--";
    private static final String ODD = "a*/b\\c'd\r e\u00e9\u2603 \"q\"";
    private static String database;

    @BeforeAll
    static void namesThatLookLikeSql() {
        database = OracleDatabases.fresh();
        TestPostgres.execute(
                database,
                "CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE ddl_names." + quoted(INJECTION) + " (id int)",
                "CREATE TABLE ddl_names." + quoted(ODD) + " (" + quoted("col\n-- ; DROP") + " int)",
                "COMMENT ON TABLE ddl_names." + quoted(ODD) + " IS 'two\nlines */ ; DROP SCHEMA ddl_names'",
                "CREATE VIEW ddl_names." + quoted("v\r\nDROP TABLE x;") + " AS SELECT 1 AS one",
                "CREATE FUNCTION ddl_names." + quoted("f\n*/ SELECT 1;") + "() RETURNS int LANGUAGE sql AS 'SELECT 1'");
    }

    @AfterAll
    static void dropDatabase() {
        OracleDatabases.drop(database);
    }

    @Test
    void theScriptsCommentsNameEachObjectWithTheHeaderPgDumpWrites() {
        List<String> headers =
                script().lines().filter(line -> line.startsWith("-- Name: ")).toList();

        // pgdeck writes an object's comment under the object's own header, so it has one header fewer per comment.
        assertThat(headers).hasSize(5).isSubsetOf(OracleDatabases.nameHeaders(database, SCHEMA));
        assertThat(headers)
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo(
                                "-- Name: x CREATE TABLE public.ddl_injection_proof();--; Type: TABLE; Schema: ddl_names;"
                                        + " Owner: postgres"));
    }

    @Test
    void runningTheScriptRunsNothingHiddenInAName() throws SQLException {
        String fresh = OracleDatabases.fresh();
        try {
            OracleDatabases.replay(fresh, script());

            assertThat(exists(fresh, "public.ddl_injection_proof")).isFalse();
            assertThat(OracleDatabases.dump(fresh, SCHEMA)).isEqualTo(OracleDatabases.dump(database, SCHEMA));
        } finally {
            OracleDatabases.drop(fresh);
        }
    }

    private String script() {
        Client.Response response = loggedIn().get("/api/v1/databases/" + database + "/schemas/" + SCHEMA + "/ddl");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static boolean exists(String database, String relation) throws SQLException {
        try (Connection connection = TestPostgres.connect(database);
                ResultSet row = connection
                        .createStatement()
                        .executeQuery("SELECT to_regclass('" + relation + "') IS NOT NULL")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
