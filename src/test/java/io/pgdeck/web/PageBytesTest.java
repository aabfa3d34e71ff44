package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A page is bounded by size, not by rows: 300 rows of a megabyte each (more than the driver may hold at once) come as
 * a page of previews a few megabytes long, each saying how long the value is; the whole value is read on demand, and
 * an edit of a row holding such a value is checked against it by its MD5.
 */
class PageBytesTest extends SingleTenantTest {

    private static final String DB = TestPostgres.SINGLE_DATABASE;
    private static final int ROWS = 300;
    private static final int LONG = 1_000_000;
    private static final String TABLE = "/api/v1/databases/" + DB + "/schemas/page_bytes/tables/documents";

    @BeforeAll
    static void documents() {
        TestPostgres.execute(
                DB,
                "DROP SCHEMA IF EXISTS page_bytes CASCADE",
                "CREATE SCHEMA page_bytes",
                "CREATE TABLE page_bytes.documents (id int PRIMARY KEY, body text, note text)",
                "INSERT INTO page_bytes.documents SELECT i, repeat(chr(97 + i % 26), " + LONG
                        + "), 'short' FROM generate_series(1, " + ROWS + ") i");
    }

    @Test
    void theQueryToolShowsPreviewsOfLongValuesAndReadsAWholeOneOnDemand() {
        Client client = loggedIn();
        String session = client.postJson("/api/v1/databases/" + DB + "/query-sessions", "{}")
                .json()
                .get("id")
                .asString();
        String sessionPath = "/api/v1/query-sessions/" + session;

        Client.Response executed = client.postJson(
                sessionPath + "/executions", "{\"sql\":\"SELECT id, body FROM page_bytes.documents ORDER BY id\"}");

        assertThat(executed.status()).isEqualTo(200);
        assertThat(executed.body().length()).as("the first page's size").isLessThan(10_000_000);
        JsonNode result = executed.json().at("/results/0");
        assertThat(executed.json().get("error"))
                .as(executed.body().substring(0, 300))
                .isNull();
        assertThat(result.get("rows")).hasSize(ROWS);
        JsonNode preview = result.at("/rows/1/1");
        assertThat(preview.get("length").asLong()).isEqualTo(LONG);
        assertThat(preview.get("preview").asString()).startsWith("cccc").hasSizeLessThan(LONG);
        assertThat(result.at("/rows/0/0").asInt())
                .as("short values travel whole")
                .isEqualTo(1);

        Client.Response whole = client.get(sessionPath + "/results/"
                + result.get("resultId").asString() + "/rows?offset=" + (ROWS - 1) + "&limit=1&full=true");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.json().at("/rows/0/1").asString()).hasSize(LONG).startsWith("oooo");
        assertStillAnswers(client);
    }

    @Test
    void viewEditDataPagesPreviewsAndAnEditOfSuchARowChecksTheLongValueByItsMd5() throws Exception {
        Client client = loggedIn();

        Client.Response page = client.get(TABLE + "/rows?limit=" + ROWS);

        assertThat(page.status())
                .as(page.body().substring(0, Math.min(300, page.body().length())))
                .isEqualTo(200);
        assertThat(page.body().length()).isLessThan(10_000_000);
        JsonNode first = page.json().at("/rows/0");
        assertThat(first.get(1).get("length").asLong()).isEqualTo(LONG);
        assertThat(first.get(1).get("md5").asString()).hasSize(32);

        Client.Response whole = client.get(TABLE + "/rows?offset=0&limit=1&full=true");
        assertThat(whole.json().at("/rows/0/1").asString()).hasSize(LONG);

        String update = "{\"updates\":[{\"key\":{\"id\":1},\"original\":{\"id\":1,\"body\":" + first.get(1)
                + ",\"note\":\"short\"},\"set\":{\"note\":\"edited beside a long value\"}}]}";
        Client.Response saved = send(client, update);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(note()).isEqualTo("edited beside a long value");

        TestPostgres.execute(DB, "UPDATE page_bytes.documents SET body = body || '!' WHERE id = 1");
        Client.Response stale = send(client, update.replace("edited beside", "edited again beside"));
        assertThat(stale.status())
                .as("the long value changed since it was read")
                .isEqualTo(409);
    }

    private static String note() throws java.sql.SQLException {
        try (var connection = TestPostgres.connect(DB);
                var row = connection
                        .createStatement()
                        .executeQuery("SELECT note FROM page_bytes.documents WHERE id = 1")) {
            row.next();
            return row.getString(1);
        }
    }

    private static Client.Response send(Client client, String json) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(TABLE + "/changes")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void assertStillAnswers(Client client) {
        assertThat(client.query(DB, "select 41 + 1")
                        .json()
                        .at("/results/0/rows/0/0")
                        .asInt())
                .isEqualTo(42);
    }
}
