package io.pgdeck.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The drop dialog's list of what CASCADE would remove: across schemas, with row counts, before anything runs. */
class DropImpactTest extends SingleTenantTest {

    private static final String DB = TestPostgres.SINGLE_DATABASE;
    private static final String BASE = "/api/v1/databases/" + DB + "/schemas/";

    @BeforeEach
    void schemas() {
        TestPostgres.execute(
                DB,
                "DROP SCHEMA IF EXISTS drop_a, drop_b CASCADE",
                "CREATE SCHEMA drop_a",
                "CREATE SCHEMA drop_b",
                "CREATE TABLE drop_a.customers (id int PRIMARY KEY, name text)",
                "INSERT INTO drop_a.customers SELECT g, 'c' || g FROM generate_series(1, 7) g",
                "CREATE TABLE drop_b.orders (id int PRIMARY KEY, customer int REFERENCES drop_a.customers)",
                "INSERT INTO drop_b.orders VALUES (1, 1), (2, 3)",
                "CREATE VIEW drop_b.customer_names AS SELECT name FROM drop_a.customers",
                "CREATE VIEW drop_b.short_names AS SELECT name FROM drop_b.customer_names WHERE length(name) < 3");
    }

    @Test
    void aTablesDropListsViewsOnItAndOnThemAndForeignKeysButNotItsOwnParts() throws Exception {
        JsonNode impact =
                loggedIn().get(BASE + "drop_a/tables/customers/cascade").json();

        assertThat(identities(impact))
                .containsExactlyInAnyOrder(
                        "drop_b.customer_names", "drop_b.short_names", "orders_customer_fkey on drop_b.orders");
        assertThat(impact.get(0).get("otherSchema").asBoolean()).isTrue();
        try (var connection = TestPostgres.connect(DB);
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM drop_a.customers")) {
            rows.next();
            assertThat(rows.getLong(1)).as("the preview runs nothing").isEqualTo(7);
        }
    }

    @Test
    void aSchemasDropNamesItsTablesWithRowCountsAndWhatOtherSchemasLose() {
        JsonNode impact = loggedIn().get(BASE + "drop_a/cascade").json();

        JsonNode customers = find(impact, "drop_a.customers");
        assertThat(customers.get("rows").asLong()).isEqualTo(7);
        assertThat(customers.get("otherSchema").asBoolean()).isFalse();
        assertThat(find(impact, "drop_b.short_names").get("otherSchema").asBoolean())
                .isTrue();
        assertThat(identities(impact))
                .doesNotContain("drop_b.orders")
                .contains("orders_customer_fkey on drop_b.orders");
    }

    @Test
    void anUnknownObjectIsNotFound() {
        assertThat(loggedIn().get(BASE + "drop_a/tables/nothing_here/cascade").status())
                .isEqualTo(404);
    }

    private static List<String> identities(JsonNode impact) {
        List<String> names = new ArrayList<>();
        impact.forEach(entry -> names.add(entry.get("identity").asString()));
        return names;
    }

    private static JsonNode find(JsonNode impact, String identity) {
        for (JsonNode entry : impact) {
            if (identity.equals(entry.get("identity").asString())) {
                return entry;
            }
        }
        throw new AssertionError(identity + " not in " + impact);
    }
}
