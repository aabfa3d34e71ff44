package io.pgdeck.explorer;

import static io.pgdeck.explorer.ExplorerReadTest.named;
import static io.pgdeck.explorer.ExplorerReadTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** What each deployment shape may read: its own database only, and no server-wide objects when shared. */
class ExplorerTenancyTest {

    @Nested
    class MultiTenant extends MultiTenantTest {

        private static final String TEAM = "/api/v1/databases/" + TestPostgres.TEAM_DATABASE;

        @Test
        void readsItsOwnDatabase() {
            Client client = loggedIn();
            JsonNode schemas = client.get(TEAM + "/schemas").json();

            assertThat(named(schemas, "app").get("counts").get("tables").asInt())
                    .isEqualTo(1);
            assertThat(values(client.get(TEAM + "/schemas/app/tables").json(), "name"))
                    .containsExactly("widgets");
            JsonNode widgets = client.get(TEAM + "/schemas/app/tables/widgets").json();
            assertThat(values(widgets.get("columns"), "name")).containsExactly("id", "name");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "/schemas",
                    "/catalogs",
                    "/extensions",
                    "/event-triggers",
                    "/publications",
                    "/subscriptions",
                    "/schemas/public",
                    "/schemas/public/tables",
                    "/schemas/public/tables/secrets",
                    "/search?q=secrets"
                })
        void anotherTeamsDatabaseIsNotFound(String path) {
            Client.Response response = loggedIn().get("/api/v1/databases/team_beta" + path);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("detail").asString())
                    .isEqualTo("There is no database named 'team_beta' here.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/roles", "/api/v1/tablespaces"})
        void serverWideObjectsAreNotAvailable(String path) {
            Client.Response response = loggedIn().get(path);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().get("detail").asString()).contains("not available in multi-tenant");
        }
    }

    @Nested
    class Production extends ProductionTest {

        @Test
        void readsTheCatalogWithTheReadOnlyRole() {
            Client client = loggedIn();
            String base = "/api/v1/databases/" + TestPostgres.PRODUCTION_DATABASE;

            assertThat(values(client.get(base + "/schemas/public/tables").json(), "name"))
                    .containsExactly("accounts");
            JsonNode accounts =
                    client.get(base + "/schemas/public/tables/accounts").json();
            assertThat(accounts.get("owner").asString()).isEqualTo("prod_owner");
            assertThat(values(accounts.get("columns"), "name")).containsExactly("id", "owner", "balance");
        }
    }
}
