package io.pgdeck.data;

import static io.pgdeck.data.DataFixture.encode;
import static io.pgdeck.data.DataFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** CSV export (streamed COPY) and JSON export, with the grid's sort and filter. */
class DataExportTest extends DataApiTest {

    @Test
    void exportsCsvWithAHeaderAndAFilename() {
        Response csv = client.get(path("tables", "Odd Table") + "/export?format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("Odd Table.csv");
        assertThat(csv.body()).isEqualTo("Key,\"we;ird \"\"col\"\"\"\n1,one\n2,two\n");
    }

    @Test
    void exportsOnlyTheFilteredRowsInTheChosenOrder() {
        String filter = encode("[{\"column\":\"category\",\"op\":\"=\",\"value\":\"quotes\"}]");
        Response csv = client.get(
                path("tables", "items") + "/export?sort=-id&filter=" + filter + "&where=" + encode("id < 3004"));

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body().lines().toList())
                .containsExactly(
                        "id,category,label,price",
                        "3003,quotes,Grüße ✓ 漢字 😀,3.00",
                        "3002,quotes,\"back\\slash \\n \"\"double\"\"\",2.00",
                        "3001,quotes,O'Brien; DROP TABLE x; --,1.00");
    }

    @Test
    void exportsJsonWithNumbersBooleansNullsAndJsonDocumentsAsJson() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "CREATE TABLE IF NOT EXISTS data_fixture.documents (id int PRIMARY KEY, doc jsonb, ok boolean,"
                        + " big bigint, note text, ratio float8)",
                "TRUNCATE data_fixture.documents",
                "INSERT INTO data_fixture.documents VALUES (1, '{\"a\": [1, 2]}', true, 9007199254740993, NULL, 0.1)");
        Response json = client.get(path("tables", "documents") + "/export?format=json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Disposition")).contains("documents.json");
        assertThat(json.body())
                .isEqualTo("[{\"id\":1,\"doc\":{\"a\": [1, 2]},\"ok\":true,\"big\":\"9007199254740993\",\"note\":null,"
                        + "\"ratio\":0.1}]");
        assertThat(json.json().at("/0/doc/a/1").asInt()).isEqualTo(2);
    }

    @Test
    void anExportThatCannotRunIsAnErrorBeforeAnythingIsSent() {
        Response bad = client.get(path("tables", "items") + "/export?where=" + encode("nosuch > 1"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("sqlState").asString()).isEqualTo("42703");
        assertThat(client.get(path("tables", "items") + "/export?format=xml").status())
                .isEqualTo(400);
    }
}
