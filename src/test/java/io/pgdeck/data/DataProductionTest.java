package io.pgdeck.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Production shows data and never changes it: every write is 403 and the table is as it was. */
class DataProductionTest extends ProductionTest {

    private static final String ACCOUNTS =
            "/api/v1/databases/" + TestPostgres.PRODUCTION_DATABASE + "/schemas/public/tables/accounts";

    private Client client;

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }

    private static String fingerprint() {
        return DataFixture.scalar(
                TestPostgres.PRODUCTION_DATABASE,
                "SELECT md5(string_agg(a::text, ',' ORDER BY a.id)) FROM public.accounts a");
    }

    @Test
    void showsRowsReadOnlyWithTheReason() {
        Response response = client.get(ACCOUNTS + "/rows?limit=3&sort=-balance");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.get("editable").asBoolean()).isFalse();
        assertThat(page.get("readOnlyReason").asString()).contains("read-only");
        assertThat(page.at("/columns/2/editable").asBoolean()).isFalse();
        assertThat(page.at("/rows/0/0").asInt()).isEqualTo(20);
        assertThat(client.get(ACCOUNTS + "/export").body()).startsWith("id,owner,balance\n");
    }

    @Test
    void refusesChangesAndImportsAndChangesNothing() {
        String before = fingerprint();

        Response changes = client.postJson(ACCOUNTS + "/changes", """
                {"inserts": [{"id": 999, "owner": "intruder"}],
                 "updates": [{"key": {"id": 1}, "original": {"id": 1}, "set": {"balance": 0}}],
                 "deletes": [{"key": {"id": 2}, "original": {"id": 2}}]}
                """);
        Response imported = client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(ACCOUNTS + "/import")))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("id,owner\n998,intruder\n")));
        Response importedFile = client.postJson(ACCOUNTS + "/import", "{\"file\": \"accounts.csv\"}");

        assertThat(changes.status()).isEqualTo(403);
        assertThat(changes.json().get("detail").asString()).contains("read-only");
        assertThat(imported.status()).isEqualTo(403);
        assertThat(importedFile.status()).isEqualTo(403);
        assertThat(importedFile.json().get("detail").asString()).contains("read-only");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** The deployment's refusal comes first: a read-only deployment does not say which databases exist. */
    @Test
    void refusesAnImportIntoAnyDatabaseBeforeLookingForIt() {
        Response imported = client.postJson(
                "/api/v1/databases/no_such_database/schemas/public/tables/accounts/import",
                "{\"file\": \"accounts.csv\"}");

        assertThat(imported.status()).as(imported.body()).isEqualTo(403);
        assertThat(imported.json().get("detail").asString()).contains("read-only");
    }
}
