package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OneShotQueryApiTest extends SingleTenantTest {

    private JsonNode run(String sql) {
        Response response = loggedIn().query("shop", sql);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void runsEveryStatementInOrderWithColumnsRowsAndCommand() {
        JsonNode answer = run("SELECT 1 AS one, 'a;b' AS text; SELECT count(*) FROM customers");

        assertThat(answer.get("error")).isNull();
        JsonNode first = answer.get("results").get(0);
        assertThat(first.at("/columns/0/name").asString()).isEqualTo("one");
        assertThat(first.at("/columns/0/type").asString()).isEqualTo("int4");
        assertThat(first.at("/rows/0/0").asInt()).isEqualTo(1);
        assertThat(first.at("/rows/0/1").asString()).isEqualTo("a;b");
        assertThat(first.get("command").asString()).isEqualTo("SELECT");
        assertThat(answer.at("/results/1/rows/0/0").asLong()).isEqualTo(50);
    }

    @Test
    void splitsOnlyAtTopLevelSemicolons() {
        JsonNode answer = run("""
                SELECT $tag$ ; $$ ; $tag$ AS dollar; -- a comment; with semicolons
                /* nested /* ; */ ; */ SELECT E'it\\'s;' AS escaped, "a;b" FROM (SELECT 1 AS "a;b") q;
                SELECT 'O''Brien;' AS quoted
                """);

        assertThat(answer.get("results")).hasSize(3);
        assertThat(answer.at("/results/0/rows/0/0").asString()).isEqualTo(" ; $$ ; ");
        assertThat(answer.at("/results/1/rows/0/0").asString()).isEqualTo("it's;");
        assertThat(answer.at("/results/1/columns/1/name").asString()).isEqualTo("a;b");
        assertThat(answer.at("/results/2/rows/0/0").asString()).isEqualTo("O'Brien;");
    }

    @Test
    void theFirstErrorStopsTheScriptWithItsStatementSqlStateAndPosition() {
        String script = "SELECT 1; SELECT nosuchcolumn FROM customers; SELECT 3";
        JsonNode answer = run(script);

        assertThat(answer.get("results")).hasSize(1);
        JsonNode error = answer.get("error");
        assertThat(error.get("statementIndex").asInt()).isEqualTo(1);
        assertThat(error.get("sqlState").asString()).isEqualTo("42703");
        assertThat(error.get("message").asString()).contains("nosuchcolumn");
        assertThat(error.get("position").asInt()).isEqualTo(8);
        assertThat(script.substring(error.get("scriptPosition").asInt())).startsWith("nosuchcolumn");
    }

    @Test
    void malformedSqlIsAClearErrorAndTheDatabaseIsUntouched() {
        JsonNode answer = run("INSERT INTO customers (name) VALUES ('kept'); SELEC broken");

        assertThat(answer.at("/error/sqlState").asString()).isEqualTo("42601");
        assertThat(answer.at("/error/message").asString()).contains("syntax error");
        assertThat(answer.at("/results/0/rowCount").asInt()).isEqualTo(1);
        TestPostgres.execute("shop", "DELETE FROM customers WHERE name = 'kept'");
    }

    @Test
    void valuesKeepTheirPrecisionAndNullIsNotEmptyText() {
        JsonNode row = run("""
                SELECT 9007199254740993::bigint AS big, 42::bigint AS small, 1.10::numeric AS exact,
                       '\\x0102'::bytea AS bytes, NULL::text AS nothing, ''::text AS empty,
                       ARRAY[1,2] AS list, '{"a":1}'::jsonb AS doc, 'NaN'::float8 AS nan, true AS yes
                """).at("/results/0/rows/0");

        assertThat(row.get(0).isString()).isTrue();
        assertThat(row.get(0).asString()).isEqualTo("9007199254740993");
        assertThat(row.get(1).isNumber()).isTrue();
        assertThat(row.get(2).asString()).isEqualTo("1.10");
        assertThat(row.get(3).asString()).isEqualTo("\\x0102");
        assertThat(row.get(4).isNull()).isTrue();
        assertThat(row.get(5).asString()).isEmpty();
        assertThat(row.get(6).asString()).isEqualTo("{1,2}");
        assertThat(row.get(7).asString()).isEqualTo("{\"a\": 1}");
        assertThat(row.get(8).asString()).isEqualTo("NaN");
        assertThat(row.get(9).asBoolean()).isTrue();
    }

    @Test
    void columnsFilledFromSequencesAreNumbersOfTheirRealType() {
        JsonNode result = run("""
                CREATE TEMP TABLE numbered (s smallserial, n serial, b bigserial,
                                            i int GENERATED ALWAYS AS IDENTITY, label text);
                INSERT INTO numbered (label) VALUES ('first');
                SELECT s, n, b, i, label FROM numbered
                """).at("/results/2");

        assertThat(result.get("columns").valueStream().map(c -> c.get("type").asString()))
                .containsExactly("int2", "int4", "int8", "int4", "text");
        assertThat(result.at("/rows/0").valueStream().limit(4).map(JsonNode::isNumber))
                .containsOnly(true);
        assertThat(result.at("/rows/0/2").asLong()).isEqualTo(1);
    }

    @Test
    void reportsNoticesAndRowsAffected() {
        JsonNode answer = run("""
                DO $$ BEGIN RAISE NOTICE 'hello from %', 'plpgsql'; END $$;
                UPDATE customers SET name = name WHERE id <= 3
                """);

        assertThat(answer.at("/results/0/notices/0").asString()).isEqualTo("hello from plpgsql");
        assertThat(answer.at("/results/1/rowCount").asInt()).isEqualTo(3);
        assertThat(answer.at("/results/1/command").asString()).isEqualTo("UPDATE");
    }

    @Test
    void cutsResultsAtMaxRowsAndSaysSo() {
        Client client = loggedIn();
        JsonNode answer = client.postJson(
                        "/api/v1/databases/shop/query",
                        "{\"sql\":\"SELECT g FROM generate_series(1,50) g\",\"maxRows\":10}")
                .json();

        assertThat(answer.at("/results/0/rows")).hasSize(10);
        assertThat(answer.at("/results/0/truncated").asBoolean()).isTrue();
    }

    @Test
    void eachCallHasAFreshSession() {
        run("SET search_path TO nowhere");

        assertThat(run("SHOW search_path").at("/results/0/rows/0/0").asString()).isEqualTo("\"$user\", public");
    }

    @Test
    void connectionsNameThemselvesAndCarryTheTimeouts() {
        JsonNode row = run("SELECT current_setting('application_name'), current_setting('statement_timeout'),"
                        + " current_setting('idle_in_transaction_session_timeout')")
                .at("/results/0/rows/0");

        assertThat(row.get(0).asString()).isEqualTo("pgdeck");
        assertThat(row.get(1).asString()).isEqualTo("5min");
        assertThat(row.get(2).asString()).isEqualTo("10min");
    }

    @Test
    void emptySqlIsABadRequest() {
        Response response = loggedIn().query("shop", "  ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }
}
