package io.pgdeck.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.util.UUID;
import org.junit.jupiter.api.Test;

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
}
