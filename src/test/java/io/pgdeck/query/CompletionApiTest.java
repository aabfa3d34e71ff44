package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CompletionApiTest extends SingleTenantTest {

    @Test
    void givesSchemasTablesWithTheirColumnsAndFunctionsInOneAnswer() {
        JsonNode completion =
                loggedIn().get("/api/v1/databases/shop/completion").json();

        assertThat(completion.get("schemas").toString()).contains("\"public\"");
        JsonNode customers = null;
        for (JsonNode relation : completion.get("relations")) {
            if (relation.get("name").asString().equals("customers")) {
                customers = relation;
            }
        }
        assertThat(customers).isNotNull();
        assertThat(customers.get("schema").asString()).isEqualTo("public");
        assertThat(customers.get("kind").asString()).isEqualTo("table");
        assertThat(customers.get("columns").toString()).isEqualTo("[\"id\",\"name\"]");
        assertThat(completion.get("functions").isArray()).isTrue();
    }

    @Test
    void isRefusedForADatabaseTheDeploymentCannotSee() {
        assertThat(loggedIn().get("/api/v1/databases/nosuchdb/completion").status())
                .isEqualTo(404);
    }
}
