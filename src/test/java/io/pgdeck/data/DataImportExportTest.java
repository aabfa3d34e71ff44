package io.pgdeck.data;

import static io.pgdeck.data.DataFixture.encode;
import static io.pgdeck.data.DataFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** CSV import through COPY (all or nothing, bad lines named) and CSV/JSON export. */
class DataImportExportTest extends DataApiTest {

    private static final String IMPORTS = path("tables", "imports");

    @BeforeEach
    void reset() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "TRUNCATE data_fixture.imports",
                "INSERT INTO data_fixture.imports VALUES (1, 'existing', 1.00)");
    }

    private Response upload(String query, byte[] body) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(IMPORTS + "/import" + query)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Response upload(String query, String csv) {
        return upload(query, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String contents() {
        return DataFixture.scalar(
                DataFixture.DATABASE,
                "SELECT string_agg(id || ':' || name || ':'"
                        + " || coalesce(amount::text, 'NULL'), ',' ORDER BY id) FROM data_fixture.imports");
    }

    @Test
    void importsAFileWhoseHeaderNamesTheColumnsInItsOwnOrder() {
        Response imported = upload("", "name,id,amount\n\"Smith, \"\"J\"\"\",2,3.50\nGrüße,3,\n");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("rowsImported").asLong()).isEqualTo(2);
        assertThat(contents()).isEqualTo("1:existing:1.00,2:Smith, \"J\":3.50,3:Grüße:NULL");
    }

    @Test
    void importsWithoutAHeaderWithOtherDelimiterQuoteNullAndEncoding() {
        byte[] latin1 = "4;'a;b';NULL\n5;Stra\u00dfe;7\n".getBytes(Charset.forName("ISO-8859-1"));
        Response imported = upload(
                "?header=false&delimiter=" + encode(";") + "&quote=" + encode("'") + "&null=NULL&encoding=LATIN1",
                latin1);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(contents()).isEqualTo("1:existing:1.00,4:a;b:NULL,5:Straße:7.00");
    }

    @Test
    void aBadLineIsReportedByItsNumberAndNothingIsImported() {
        Response bad = upload("", "id,name,amount\n10,fine,1\n11,also fine,2\n12,broken,not-a-number\n13,never,4\n");

        assertThat(bad.status()).isEqualTo(400);
        JsonNode problem = bad.json();
        assertThat(problem.get("line").asInt()).isEqualTo(4);
        assertThat(problem.get("column").asString()).isEqualTo("amount");
        assertThat(problem.get("detail").asString())
                .startsWith("Line 4: ")
                .contains("not-a-number")
                .contains("Nothing was imported");
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    @Test
    void aDuplicateKeyOrAMissingValueIsABadLineToo() {
        Response duplicate = upload("", "id,name\n20,new\n1,clash\n");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("sqlState").asString()).isEqualTo("23505");

        Response missing = upload("", "id,name\n21,ok\n22,\n");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("line").asInt()).isEqualTo(3);
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    @Test
    void aHeaderNamingAnUnknownColumnIsRefused() {
        Response refused = upload("", "id,name,colour\n30,x,red\n");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("colour");
        assertThat(upload("?delimiter=" + encode(";;"), "id\n").status()).isEqualTo(400);
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

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

    @Test
    void anExportedTableImportsBackIntoAnEmptyCopy() {
        String csv = client.get(IMPORTS + "/export").body();
        TestPostgres.execute(DataFixture.DATABASE, "TRUNCATE data_fixture.imports");

        assertThat(upload("", csv).status()).isEqualTo(200);
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }
}
