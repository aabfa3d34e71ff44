package io.pgdeck.explorer;

import static io.pgdeck.explorer.ExplorerFixture.BASE;
import static io.pgdeck.explorer.ExplorerFixture.SCHEMA_PATH;
import static io.pgdeck.explorer.ExplorerFixture.objectPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Every kind's listing and properties, read against real objects of that kind. */
class ExplorerReadTest extends SingleTenantTest {

    /** One logged-in session for the class: logging in hashes a password, which is slow on purpose. */
    private static Client session;

    private Client client;

    @BeforeAll
    static void objects() {
        ExplorerFixture.create();
    }

    @BeforeEach
    void logIn() {
        if (session == null) {
            session = loggedIn();
        }
        client = session;
    }

    static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).asString())
                .toList();
    }

    static JsonNode named(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> name.equals(node.get("name").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + array));
    }

    private JsonNode ok(String path) {
        Client.Response response = client.get(path);
        assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void schemasCountEachKindAndLeaveTheCatalogsApart() {
        JsonNode schemas = ok(BASE + "/schemas");

        assertThat(values(schemas, "name"))
                .contains("explorer_fixture", "public")
                .doesNotContain("pg_catalog", "information_schema", "pg_toast");
        JsonNode fixture = named(schemas, "explorer_fixture");
        assertThat(fixture.get("comment").asString()).isEqualTo("Object Explorer test objects");
        assertThat(fixture.get("owner").asString()).isEqualTo("postgres");
        JsonNode counts = fixture.get("counts");
        assertThat(counts.get("tables").asInt()).isEqualTo(4);
        assertThat(counts.get("views").asInt()).isEqualTo(1);
        assertThat(counts.get("materializedViews").asInt()).isEqualTo(1);
        assertThat(counts.get("sequences").asInt())
                .as("identity sequences belong to their table")
                .isEqualTo(2);
        assertThat(counts.get("functions").asInt())
                .as("range constructors are left out")
                .isEqualTo(2);
        assertThat(counts.get("procedures").asInt()).isEqualTo(1);
        assertThat(counts.get("triggerFunctions").asInt()).isEqualTo(2);
        assertThat(counts.get("aggregates").asInt()).isEqualTo(1);
        assertThat(counts.get("types").asInt()).isEqualTo(3);
        assertThat(counts.get("domains").asInt()).isEqualTo(1);
        assertThat(counts.get("foreignTables").asInt()).isEqualTo(1);
        assertThat(counts.get("collations").asInt()).isEqualTo(1);

        JsonNode catalogs = ok(BASE + "/catalogs");
        assertThat(values(catalogs, "name")).containsExactly("information_schema", "pg_catalog");
        assertThat(named(catalogs, "pg_catalog").get("counts").get("tables").asInt())
                .isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "tables|name|Order Items;customers;events;orders",
                "views|name|big_orders",
                "materialized-views|name|order_totals",
                "sequences|name|orders_id_seq;ticket_seq",
                "functions|signature|add(integer,integer);add(numeric,numeric)",
                "procedures|signature|reset_orders()",
                "trigger-functions|signature|on_ddl();touch()",
                "aggregates|signature|total_of(integer)",
                "types|name|address;mood;price_range",
                "domains|name|positive_int",
                "foreign-tables|name|remote_notes",
                "collations|name|plain"
            })
    void listsEveryKind(String kind, String field, String expected) {
        JsonNode listed = ok(SCHEMA_PATH + "/" + kind);

        assertThat(values(listed, field)).containsExactly(expected.split(";"));
    }

    @Test
    void tableListingCarriesOwnerEstimateAndComment() {
        JsonNode customers = named(ok(SCHEMA_PATH + "/tables"), "customers");

        assertThat(customers.get("owner").asString()).isEqualTo("postgres");
        assertThat(customers.get("rowEstimate").asLong()).isEqualTo(30);
        assertThat(customers.get("comment").asString()).isEqualTo("People who buy");
        assertThat(customers.get("rowSecurity").asBoolean()).isTrue();
        assertThat(named(ok(SCHEMA_PATH + "/tables"), "events")
                        .get("partitioned")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void tablePropertiesHoldColumnsConstraintsIndexesPoliciesAndStatistics() {
        JsonNode customers = ok(objectPath("tables", "customers"));

        assertThat(customers.get("owner").asString()).isEqualTo("postgres");
        assertThat(customers.get("rowEstimate").asLong()).isEqualTo(30);
        assertThat(customers.get("size").get("total").asLong()).isPositive();
        assertThat(values(customers.get("columns"), "name")).containsExactly("id", "email", "mood", "name");
        JsonNode id = named(customers.get("columns"), "id");
        assertThat(id.get("type").asString()).isEqualTo("bigint");
        assertThat(id.get("identity").asString()).isEqualTo("always");
        assertThat(id.get("primaryKey").asBoolean()).isTrue();
        JsonNode email = named(customers.get("columns"), "email");
        assertThat(email.get("notNull").asBoolean()).isTrue();
        assertThat(email.get("comment").asString()).isEqualTo("Where receipts go");
        assertThat(named(customers.get("columns"), "mood").get("default").asString())
                .isEqualTo("'ok'::explorer_fixture.mood");
        assertThat(named(customers.get("columns"), "name").get("collation").asString())
                .isEqualTo("plain");
        assertThat(values(customers.get("constraints"), "type")).containsExactly("primaryKey", "unique");
        assertThat(values(customers.get("indexes"), "name")).containsExactly("customers_email_key", "customers_pkey");
        JsonNode policy = named(customers.get("policies"), "own_rows");
        assertThat(policy.get("command").asString()).isEqualTo("SELECT");
        assertThat(policy.get("using").asString()).isEqualTo("(email = CURRENT_USER)");
        assertThat(customers.get("statistics").get("rowsInserted").asLong()).isEqualTo(30);
        assertThat(values(customers.get("dependencies"), "identity")).contains("explorer_fixture");
        assertThat(values(customers.get("dependents"), "identity"))
                .contains(
                        "orders_customer_id_fkey on explorer_fixture.orders",
                        "own_rows on explorer_fixture.customers",
                        "explorer_fixture.customers in publication explorer_fixture_pub");
    }

    @Test
    void tablePropertiesHoldForeignCheckExclusionKeysTriggersAndRules() {
        JsonNode orders = ok(objectPath("tables", "orders"));

        JsonNode constraints = orders.get("constraints");
        assertThat(values(constraints, "type")).containsExactly("primaryKey", "foreignKey", "check", "exclusion");
        JsonNode foreign = named(constraints, "orders_customer_id_fkey");
        assertThat(foreign.get("definition").asString())
                .isEqualTo("FOREIGN KEY (customer_id) REFERENCES explorer_fixture.customers(id) ON DELETE CASCADE");
        assertThat(foreign.get("references").get("table").asString()).isEqualTo("customers");
        assertThat(named(constraints, "orders_during_excl").get("definition").asString())
                .isEqualTo("EXCLUDE USING gist (during WITH &&)");
        assertThat(named(orders.get("columns"), "total").get("type").asString()).isEqualTo("numeric(12,2)");
        assertThat(named(orders.get("indexes"), "orders_customer_idx")
                        .get("columns")
                        .get(0)
                        .asString())
                .isEqualTo("customer_id");
        JsonNode trigger = named(orders.get("triggers"), "orders_touch");
        assertThat(trigger.get("function").asString()).isEqualTo("explorer_fixture.touch");
        assertThat(trigger.get("definition").asString()).contains("BEFORE UPDATE ON explorer_fixture.orders");
        assertThat(named(orders.get("rules"), "no_delete").get("event").asString())
                .isEqualTo("DELETE");
        assertThat(values(orders.get("dependents"), "identity"))
                .contains("explorer_fixture.big_orders", "explorer_fixture.order_totals");
    }

    @Test
    void partitionedTableListsItsPartitionsAndAPartitionItsBound() {
        JsonNode events = ok(objectPath("tables", "events"));
        assertThat(events.get("partitionKey").asString()).isEqualTo("RANGE (at)");
        JsonNode partition = named(events.get("partitions"), "events_2024");
        assertThat(partition.get("bound").asString()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");

        JsonNode child = ok(objectPath("tables", "events_2024"));
        assertThat(child.get("parents").get(0).get("name").asString()).isEqualTo("events");
    }

    @Test
    void quotedNamesAreReachedByTheirEncodedName() {
        JsonNode items = ok(objectPath("tables", "Order Items"));

        assertThat(values(items.get("columns"), "name")).containsExactly("Line No", "select");
    }

    @Test
    void viewsAndMaterializedViewsShowTheirDefinition() {
        JsonNode view = ok(objectPath("views", "big_orders"));
        assertThat(view.get("definition").asString()).contains("WHERE (orders.total > (100)::numeric)");
        assertThat(values(view.get("columns"), "name")).containsExactly("id", "total");
        assertThat(values(view.get("dependencies"), "identity")).contains("explorer_fixture.orders.total");

        JsonNode materialized = ok(objectPath("materialized-views", "order_totals"));
        assertThat(materialized.get("populated").asBoolean()).isTrue();
        assertThat(materialized.get("definition").asString()).contains("GROUP BY orders.customer_id");
    }

    @Test
    void sequencePropertiesHoldSettingsAndOwner() {
        JsonNode ticket = ok(objectPath("sequences", "ticket_seq"));
        assertThat(ticket.get("increment").asLong()).isEqualTo(5);
        assertThat(ticket.get("start").asLong()).isEqualTo(100);
        assertThat(ticket.get("ownedBy").isNull()).isTrue();

        JsonNode serial = ok(objectPath("sequences", "orders_id_seq"));
        assertThat(serial.get("ownedBy").get("column").asString()).isEqualTo("id");
    }

    @Test
    void overloadedFunctionsAreNamedBySignature() {
        JsonNode integers = ok(objectPath("functions", "add(integer,integer)"));
        assertThat(integers.get("arguments").asString()).isEqualTo("a integer, b integer");
        assertThat(integers.get("returns").asString()).isEqualTo("integer");
        assertThat(integers.get("volatility").asString()).isEqualTo("immutable");
        assertThat(integers.get("definition").asString()).contains("CREATE OR REPLACE FUNCTION explorer_fixture.add");

        JsonNode numerics = ok(objectPath("functions", "add(numeric,numeric)"));
        assertThat(numerics.get("returns").asString()).isEqualTo("numeric");
    }

    @Test
    void proceduresTriggerFunctionsAndAggregatesHaveTheirProperties() {
        assertThat(ok(objectPath("procedures", "reset_orders()"))
                        .get("routineKind")
                        .asString())
                .isEqualTo("procedure");
        JsonNode touch = ok(objectPath("trigger-functions", "touch()"));
        assertThat(touch.get("language").asString()).isEqualTo("plpgsql");
        assertThat(values(touch.get("dependents"), "identity")).contains("orders_touch on explorer_fixture.orders");
        JsonNode aggregate = ok(objectPath("aggregates", "total_of(integer)")).get("aggregate");
        assertThat(aggregate.get("transitionFunction").asString()).isEqualTo("int4pl");
        assertThat(aggregate.get("initialCondition").asString()).isEqualTo("0");
    }

    @Test
    void typesAndDomainsShowWhatTheyAreMadeOf() {
        assertThat(ok(objectPath("types", "mood")).get("labels").toString()).isEqualTo("[\"sad\",\"ok\",\"happy\"]");
        assertThat(values(ok(objectPath("types", "address")).get("attributes"), "name"))
                .containsExactly("street", "city");
        assertThat(ok(objectPath("types", "price_range")).get("rangeSubtype").asString())
                .isEqualTo("numeric");

        JsonNode domain = ok(objectPath("domains", "positive_int"));
        assertThat(domain.get("baseType").asString()).isEqualTo("integer");
        assertThat(domain.get("notNull").asBoolean()).isTrue();
        assertThat(domain.get("default").asString()).isEqualTo("1");
        assertThat(named(domain.get("constraints"), "positive")
                        .get("definition")
                        .asString())
                .isEqualTo("CHECK ((VALUE > 0))");
    }

    @Test
    void foreignTablesAndCollationsHaveTheirProperties() {
        JsonNode remote = ok(objectPath("foreign-tables", "remote_notes"));
        assertThat(remote.get("foreignServer").asString()).isEqualTo("explorer_fixture_server");
        assertThat(values(remote.get("columns"), "name")).containsExactly("id", "note");

        JsonNode plain = ok(objectPath("collations", "plain"));
        assertThat(plain.get("provider").asString()).isEqualTo("libc");
        assertThat(plain.get("lcCollate").asString()).isEqualTo("C");
    }

    @Test
    void schemaPropertiesHoldOwnerCommentAndSize() {
        JsonNode schema = ok(SCHEMA_PATH);

        assertThat(schema.get("comment").asString()).isEqualTo("Object Explorer test objects");
        assertThat(schema.get("size").asLong()).isPositive();
        assertThat(schema.get("system").asBoolean()).isFalse();
    }

    @Test
    void unknownKindsObjectsAndMismatchedKindsAre404() {
        assertThat(client.get(SCHEMA_PATH + "/gadgets").status()).isEqualTo(404);
        assertThat(client.get(objectPath("tables", "no_such_table")).status()).isEqualTo(404);
        assertThat(client.get(objectPath("tables", "big_orders")).status())
                .as("a view is no table")
                .isEqualTo(404);
        assertThat(client.get(objectPath("types", "positive_int")).status())
                .as("a domain")
                .isEqualTo(404);
        assertThat(client.get(objectPath("functions", "reset_orders()")).status())
                .isEqualTo(404);
        Client.Response missing = client.get(BASE + "/schemas/no_such_schema");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void databaseLevelObjectsAreListed() {
        assertThat(values(ok(BASE + "/extensions"), "name")).contains("plpgsql");
        JsonNode trigger = named(ok(BASE + "/event-triggers"), "explorer_fixture_ddl");
        assertThat(trigger.get("event").asString()).isEqualTo("ddl_command_end");
        JsonNode publication = named(ok(BASE + "/publications"), "explorer_fixture_pub");
        assertThat(publication.get("tables").get(0).get("name").asString()).isEqualTo("customers");
        JsonNode subscription = named(ok(BASE + "/subscriptions"), "explorer_fixture_sub");
        assertThat(subscription.get("publications").get(0).asString()).isEqualTo("explorer_fixture_pub");
        assertThat(subscription.has("conninfo")).as("may hold a password").isFalse();
        assertThat(subscription.toString()).doesNotContain("dbname=nowhere");
    }

    @Test
    void databasePropertiesHoldOwnerEncodingAndSize() {
        JsonNode database = ok(BASE);

        assertThat(database.get("name").asString()).isEqualTo(ExplorerFixture.DB);
        assertThat(database.get("encoding").asString()).isEqualTo("UTF8");
        assertThat(database.get("size").asLong()).isPositive();
    }

    @Test
    void searchFindsObjectsByPartOfTheirNameAndKind() {
        JsonNode found = ok(BASE + "/search?q=ORDER");
        assertThat(values(found, "name")).contains("orders", "Order Items", "big_orders", "order_totals");
        assertThat(values(found, "kind")).contains("tables", "views", "materialized-views", "indexes");

        JsonNode functions = ok(BASE + "/search?q=add&kind=functions");
        assertThat(values(functions, "kind")).containsOnly("functions");
        assertThat(StreamSupport.stream(functions.spliterator(), false)
                        .filter(hit ->
                                ExplorerFixture.SCHEMA.equals(hit.get("schema").asString()))
                        .map(hit -> hit.get("name").asString()))
                .containsExactly("add(integer,integer)", "add(numeric,numeric)");

        JsonNode columns = ok(BASE + "/search?q=customer_id&kind=columns");
        assertThat(values(columns, "parent")).contains("orders");

        assertThat(client.get(BASE + "/search?q=%20").status()).isEqualTo(400);
    }

    @Test
    void singleTenantSeesRolesAndTablespaces() {
        JsonNode postgres = named(ok("/api/v1/roles"), "postgres");
        assertThat(postgres.get("superuser").asBoolean()).isTrue();
        assertThat(named(ok("/api/v1/roles"), "pg_monitor").get("memberOf").toString())
                .contains("pg_read_all_stats");
        assertThat(values(ok("/api/v1/tablespaces"), "name")).contains("pg_default", "pg_global");
    }
}
