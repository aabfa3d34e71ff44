package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The editor asks for what the cursor needs, and no answer grows with the catalog. */
class CompletionApiTest {

    static final String DATABASE = "completion_catalog";
    static final int MANY = 700;

    @BeforeAll
    static void catalog() throws SQLException {
        try (Connection connection = TestPostgres.connect("postgres");
                Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (exists.next()) {
                return;
            }
        }
        TestPostgres.execute("postgres", "CREATE DATABASE " + DATABASE);
        TestPostgres.execute(
                DATABASE,
                "CREATE SCHEMA sales",
                "CREATE TABLE public.customers (id int PRIMARY KEY, name text, email text)",
                "CREATE TABLE sales.orders (id int PRIMARY KEY, customer_id int, total numeric)",
                "CREATE VIEW sales.order_totals AS SELECT customer_id, sum(total) FROM sales.orders GROUP BY 1",
                "CREATE TABLE \"Mixed Case\" (\"Some Column\" int)",
                "CREATE FUNCTION sales.order_tax(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT $1 * 0.2'",
                "CREATE SCHEMA many",
                "DO $$ BEGIN FOR i IN 1.." + MANY
                        + " LOOP EXECUTE format('CREATE TABLE many.t%s (id int)', i); END LOOP; END $$");
    }

    @Nested
    class SingleTenant extends SingleTenantTest {

        @Test
        void offersTheSchemas() {
            assertThat(names(get("/schemas")))
                    .contains("public", "sales", "many")
                    .doesNotContain("pg_toast");
        }

        @Test
        void offersTheRelationsStartingWithWhatIsTyped() {
            JsonNode relations = get("/relations?prefix=ord");

            assertThat(relations.toString())
                    .contains("{\"schema\":\"sales\",\"name\":\"order_totals\",\"kind\":\"view\"}")
                    .contains("{\"schema\":\"sales\",\"name\":\"orders\",\"kind\":\"table\"}")
                    .doesNotContain("customers");
        }

        @Test
        void narrowsRelationsToOneSchema() {
            assertThat(values(get("/relations?schema=public&prefix="), "name"))
                    .contains("customers", "Mixed Case")
                    .doesNotContain("orders", "t1");
        }

        @Test
        void answersAFewRelationsHoweverLargeTheCatalog() {
            assertThat(get("/relations?schema=many").size()).isEqualTo(CompletionController.DEFAULT_LIMIT);
            assertThat(get("/relations?schema=many&limit=100000").size()).isEqualTo(CompletionController.MAX_LIMIT);
            assertThat(values(get("/relations?schema=many&prefix=t69"), "name"))
                    .containsExactlyInAnyOrder(
                            "t69", "t690", "t691", "t692", "t693", "t694", "t695", "t696", "t697", "t698", "t699");
        }

        @Test
        void offersTheColumnsOfARelationFoundAsTheQueryWouldFindIt() {
            assertThat(names(get("/columns?relation=customers"))).containsExactly("id", "name", "email");
            assertThat(names(get("/columns?schema=sales&relation=orders")))
                    .containsExactly("id", "customer_id", "total");
            assertThat(names(get("/columns?relation=Mixed%20Case"))).containsExactly("Some Column");
            assertThat(names(get("/columns?relation=orders")))
                    .as("sales is not on the search_path")
                    .isEmpty();
        }

        @Test
        void offersUserFunctionsByPrefix() {
            assertThat(get("/functions?prefix=order_").toString())
                    .isEqualTo("[{\"schema\":\"sales\",\"name\":\"order_tax\"}]");
        }

        @Test
        void treatsPatternCharactersInAPrefixAsText() {
            assertThat(get("/relations?prefix=%25").size()).isZero();
            assertThat(get("/relations?prefix=t_").size()).isZero();
        }

        private JsonNode get(String path) {
            Client.Response response = loggedIn().get("/api/v1/databases/" + DATABASE + "/completion" + path);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return response.json();
        }
    }

    @Nested
    class MultiTenant extends MultiTenantTest {

        @Test
        void isRefusedForADatabaseTheDeploymentCannotSee() {
            Client client = loggedIn();
            for (String part : List.of("schemas", "relations", "columns?relation=secrets", "functions")) {
                assertThat(client.get("/api/v1/databases/team_beta/completion/" + part)
                                .status())
                        .as(part)
                        .isEqualTo(404);
            }
        }

        @Test
        void offersTheTeamsOwnRelations() {
            JsonNode relations = loggedIn()
                    .get("/api/v1/databases/" + TestPostgres.TEAM_DATABASE + "/completion/relations?prefix=wid")
                    .json();

            assertThat(values(relations, "name")).contains("widgets");
        }
    }

    static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.asString()));
        return names;
    }

    static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}
