package io.pgdeck.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Production reads and writes the library: it is pgdeck's own state, and running a query stays read-only. */
class ProductionLibraryTest extends ProductionTest {

    @Test
    void productionSavesAndOpensQueriesButRunningThemStaysReadOnly() {
        Client client = loggedIn();
        String marker = "prod" + UUID.randomUUID().toString().substring(0, 8);
        Client.Response created = client.postJson(
                "/api/v1/saved-queries",
                "{\"name\": \"" + marker + "\", \"sql\": \"CREATE TABLE " + marker + " (id int)\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();

        assertThat(client.get("/api/v1/saved-queries/" + id).json().get("sql").asText())
                .isEqualTo("CREATE TABLE " + marker + " (id int)");
        assertThat(client.get("/api/v1/saved-queries?q=" + marker).json().get("items"))
                .hasSize(1);
        // Saving the text wrote nothing to the database, and running it is still refused by the read-only role.
        Client.Response run = client.query(TestPostgres.PRODUCTION_DATABASE, "CREATE TABLE " + marker + " (id int)");
        assertThat(run.body()).contains("25006");
    }

    /** Staging's export, as GET /api/v1/saved-queries/export writes it, carried to production. */
    @Test
    void stagingsLibraryFileArrivesWithEveryVersionItsDateAndWhoSavedIt() {
        Client client = loggedIn();
        String id = UUID.randomUUID().toString();
        String file = """
                {"format": "pgdeck-saved-queries", "exportedAt": "2026-12-01T09:00:00Z", "queries": [
                  {"id": "%s", "versions": [
                    {"id": "%1$s", "version": 1, "name": "Carried %1$s", "folder": "finance", "tags": ["monthly"],
                     "description": "Revenue by month", "database": "orders", "sql": "select 1",
                     "updatedAt": "2026-10-02T08:15:00Z", "updatedBy": "ada@agency.gov"},
                    {"id": "%1$s", "version": 2, "name": "Carried %1$s", "folder": "finance", "tags": ["monthly"],
                     "description": "Revenue by month", "database": "orders", "sql": "select 2",
                     "updatedAt": "2026-11-03T10:30:00Z", "updatedBy": "grace@agency.gov"}]}]}
                """.formatted(id);

        Client.Response imported = client.postJson("/api/v1/saved-queries/import", file);

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("created").toString()).contains(id);
        JsonNode versions =
                client.get("/api/v1/saved-queries/" + id + "/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("sql").asText()).isEqualTo("select 2");
        assertThat(versions.get(0).get("updatedAt").asText()).isEqualTo("2026-11-03T10:30:00Z");
        assertThat(versions.get(0).get("updatedBy").asText()).isEqualTo("grace@agency.gov");
        assertThat(versions.get(1).get("updatedAt").asText()).isEqualTo("2026-10-02T08:15:00Z");
        assertThat(versions.get(1).get("updatedBy").asText()).isEqualTo("ada@agency.gov");
        JsonNode current = client.get("/api/v1/saved-queries/" + id).json();
        assertThat(current.get("folder").asText()).isEqualTo("finance");
        assertThat(current.get("tags").toString()).contains("monthly");
        assertThat(current.get("description").asText()).isEqualTo("Revenue by month");
        assertThat(current.get("database").asText()).isEqualTo("orders");
    }
}
