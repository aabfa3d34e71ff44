package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What a Query Tool session gives out besides pages of rows: a result exported whole, and plans. */
class QuerySessionOutputApiTest extends QuerySessionTest {

    @Test
    void exportsCsvExactlyAsCopyWouldWhicheverWayTheRowsAreRead() {
        String values = """
                (1, 'plain', NULL::text), (2, 'a,b', ''), (3, 'say "hi"', E'line\\nbreak'), (4, ' padded ', 'x')""";
        String expected = """
                id,label,other
                1,plain,
                2,"a,b",""
                3,"say ""hi\""","line
                break"
                4, padded ,x
                """;
        SessionClient tab = session();
        String plain = "SELECT * FROM (VALUES " + values + ") v(id, label, other) ORDER BY id";

        // Read to its end: from the spill. Not yet read: re-run as COPY. Not a plain SELECT: from the cursor.
        String complete = tab.execute(plain).at("/results/0/resultId").asString();
        assertThat(tab.export(complete, "csv").body()).isEqualTo(expected);
        String unread = tab.execute(plain, 1).at("/results/0/resultId").asString();
        assertThat(tab.export(unread, "csv").body()).isEqualTo(expected);
        tab.execute("CREATE TEMP TABLE exported (id int, label text, other text)");
        String returning = tab.execute(
                        "INSERT INTO exported SELECT * FROM (VALUES " + values
                                + ") v(id, label, other) ORDER BY id RETURNING *",
                        1)
                .at("/results/0/resultId")
                .asString();
        Response export = tab.export(returning, "csv");
        assertThat(export.body()).isEqualTo(expected.replace("id,label,other", "id,label,other"));
        assertThat(export.header("Content-Type")).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("attachment");
    }

    @Test
    void exportsValidJsonWithFaithfulValues() {
        SessionClient tab = session();
        String resultId = tab.execute("""
                        SELECT g AS n, 9007199254740993::bigint AS big, 1.10::numeric AS exact, NULL::text AS nothing,
                               ''::text AS empty, g % 2 = 0 AS even, 0.1::float8 AS f
                        FROM generate_series(1, 3000) g""", 100).at("/results/0/resultId").asString();

        Response export = tab.export(resultId, "json");

        assertThat(export.header("Content-Type")).startsWith("application/json");
        JsonNode rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(export.body());
        assertThat(rows).hasSize(3000);
        JsonNode second = rows.get(1);
        assertThat(second.get("n").asInt()).isEqualTo(2);
        assertThat(second.get("big").asString()).isEqualTo("9007199254740993");
        assertThat(second.get("exact").asString()).isEqualTo("1.10");
        assertThat(second.get("nothing").isNull()).isTrue();
        assertThat(second.get("empty").asString()).isEmpty();
        assertThat(second.get("even").asBoolean()).isTrue();
        assertThat(second.get("f").isNumber()).isTrue();
        assertThat(second.get("f").asDouble()).isEqualTo(0.1);
        // The rows exported by the cursor stay readable as pages.
        assertThat(tab.rows(resultId, 2999, 1).at("/rows/0/0").asInt()).isEqualTo(3000);
    }

    @Test
    void explainGivesThePlanAsJsonAndTextAndAnalyzeGivesActualRows() {
        SessionClient tab = session();

        JsonNode plain = tab.post("explain", "{\"sql\":\"SELECT * FROM customers WHERE id < 10\",\"costs\":true}")
                .json();
        assertThat(plain.at("/plan/0/Plan/Node Type").asString()).isNotBlank();
        assertThat(plain.get("text").asString()).contains("cost=");

        JsonNode analyzed = tab.post(
                        "explain",
                        "{\"sql\":\"SELECT count(*) FROM customers\",\"analyze\":true,\"buffers\":true,"
                                + "\"timing\":true,\"wal\":true,\"summary\":true,\"verbose\":true,\"settings\":true}")
                .json();
        assertThat(analyzed.at("/plan/0/Plan/Actual Rows").asInt()).isEqualTo(1);
        assertThat(analyzed.at("/plan/0/Execution Time").isNumber()).isTrue();
        assertThat(analyzed.get("text").asString()).contains("Aggregate").contains("actual time=");
    }

    @Test
    void explainErrorsPointIntoTheUsersStatement() {
        JsonNode failed = session()
                .post("explain", "{\"sql\":\"SELECT nosuch FROM customers\"}")
                .json();

        assertThat(failed.at("/error/sqlState").asString()).isEqualTo("42703");
        assertThat(failed.at("/error/scriptPosition").asInt()).isEqualTo(7);
    }
}
