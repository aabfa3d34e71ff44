package io.pgdeck.explorer;

import static io.pgdeck.explorer.ExplorerReadTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.ProductionTest;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every changing action is refused where the deployment does not allow it, and nothing changes. */
class ExplorerRestrictionsTest {

    static Client.Response send(Client client, String method, String path, String json) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(path)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    @Nested
    class Production extends ProductionTest {

        private static Client session;

        private Client client() {
            if (session == null) {
                session = loggedIn();
            }
            return session;
        }

        private static final String DB = "/api/v1/databases/" + TestPostgres.PRODUCTION_DATABASE;
        private static final String PUBLIC = DB + "/schemas/public";

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "POST|/schemas|{\"name\": \"x\"}",
                    "PATCH|/schemas/public|{\"comment\": \"x\"}",
                    "DELETE|/schemas/public?cascade=true|{}",
                    "POST|/schemas/public/tables|{\"name\": \"x\", \"columns\": [{\"name\": \"id\", \"type\": \"int\"}]}",
                    "PATCH|/schemas/public/tables/accounts|{\"name\": \"renamed\"}",
                    "DELETE|/schemas/public/tables/accounts?cascade=true|{}",
                    "POST|/schemas/public/tables/accounts/columns|{\"name\": \"x\", \"type\": \"int\"}",
                    "PATCH|/schemas/public/tables/accounts/columns/owner|{\"name\": \"x\"}",
                    "DELETE|/schemas/public/tables/accounts/columns/balance|{}",
                    "POST|/schemas/public/tables/accounts/constraints|{\"type\": \"check\", \"expression\": \"id > 0\"}",
                    "DELETE|/schemas/public/tables/accounts/constraints/accounts_pkey|{}",
                    "POST|/schemas/public/tables/accounts/indexes|{\"columns\": [\"owner\"]}",
                    "DELETE|/schemas/public/tables/accounts/indexes/accounts_pkey|{}",
                    "POST|/schemas/public/views|{\"name\": \"v\", \"definition\": \"SELECT 1\"}",
                    "PATCH|/schemas/public/views/v|{\"definition\": \"SELECT 2\"}",
                    "POST|/schemas/public/materialized-views|{\"name\": \"m\", \"definition\": \"SELECT 1\"}",
                    "POST|/schemas/public/sequences|{\"name\": \"s\"}",
                    "PATCH|/schemas/public/sequences/s|{\"restart\": 1}",
                    "DELETE|/schemas/public/functions/f()|{}"
                })
        void everyChangeIsForbiddenEvenAsPreview(String method, String path, String body) {
            Client client = client();
            for (String suffix : new String[] {"", path.contains("?") ? "&preview=true" : "?preview=true"}) {
                Client.Response response = send(client, method, DB + path + suffix, body);

                assertThat(response.status()).as(response.body()).isEqualTo(403);
                assertThat(response.json().get("detail").asString()).contains("read-only");
            }
            assertThat(values(client.get(PUBLIC + "/tables/accounts").json().get("columns"), "name"))
                    .containsExactly("id", "owner", "balance");
            assertThat(client.get(PUBLIC + "/tables/accounts").json().get("indexes"))
                    .hasSize(1);
            assertThat(values(client.get(DB + "/schemas").json(), "name")).containsExactly("public");
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "POST|/api/v1/databases|{\"name\": \"x\"}",
                    "DELETE|/api/v1/databases/prod_app?force=true|{}",
                    "POST|/api/v1/roles|{\"name\": \"x\"}",
                    "PATCH|/api/v1/roles/prod_reader|{\"superuser\": true}",
                    "DELETE|/api/v1/roles/prod_reader|{}"
                })
        void databasesAndRolesAreForbidden(String method, String path, String body) {
            Client client = client();
            Client.Response response = send(client, method, path, body);

            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(values(client.get("/api/v1/databases").json(), "name"))
                    .containsExactly(TestPostgres.PRODUCTION_DATABASE);
        }
    }

    @Nested
    class MultiTenant extends MultiTenantTest {

        private static Client session;

        private Client client() {
            if (session == null) {
                session = loggedIn();
            }
            return session;
        }

        private static final String TEAM = "/api/v1/databases/" + TestPostgres.TEAM_DATABASE;

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "POST|/api/v1/databases|{\"name\": \"x\"}",
                    "DELETE|/api/v1/databases/team_alpha|{}",
                    "POST|/api/v1/roles|{\"name\": \"x\"}",
                    "PATCH|/api/v1/roles/team_alpha|{\"createRole\": true}",
                    "DELETE|/api/v1/roles/team_beta|{}"
                })
        void cannotCreateDatabasesOrRoles(String method, String path, String body) {
            Client.Response response = send(client(), method, path, body);

            assertThat(response.status()).as(response.body()).isEqualTo(403);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "POST|/schemas|{\"name\": \"x\"}",
                    "POST|/schemas/public/tables|{\"name\": \"x\", \"columns\": [{\"name\": \"id\", \"type\": \"int\"}]}",
                    "DELETE|/schemas/public/tables/secrets?cascade=true|{}",
                    "DELETE|/api/v1/databases/team_beta?force=true|{}"
                })
        void anotherTeamsDatabaseIsNotFoundForChanges(String method, String path, String body) {
            String url = path.startsWith("/api") ? path : "/api/v1/databases/team_beta" + path;
            Client.Response response = send(client(), method, url, body);

            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(TestPostgres.OTHER_TEAM_DATABASES).contains("team_beta");
        }

        @org.junit.jupiter.api.Test
        void writesInsideItsOwnDatabase() {
            Client client = client();
            String table =
                    "{\"name\": \"gadgets\", \"columns\": [{\"name\": \"id\", \"type\": \"int\", \"primaryKey\": true}]}";

            assertThat(send(client, "POST", TEAM + "/schemas/app/tables", table).status())
                    .isEqualTo(201);
            assertThat(values(client.get(TEAM + "/schemas/app/tables").json(), "name"))
                    .contains("gadgets");
            assertThat(send(client, "DELETE", TEAM + "/schemas/app/tables/gadgets", "{}")
                            .status())
                    .isEqualTo(200);
            assertThat(values(client.get(TEAM + "/schemas/app/tables").json(), "name"))
                    .containsExactly("widgets");
        }
    }
}
