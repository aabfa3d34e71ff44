package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.ddl.OracleDatabases;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The oracle: two schemas that differ in every way the script handles, the one's snapshot compared with the other,
 * the script run on the other; then pg_dump prints both schemas the same, and the altered tables kept their rows.
 */
class SchemaCompareOracleTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    private String database;

    @BeforeEach
    void createSchemas() {
        database = OracleDatabases.fresh();
        TestPostgres.execute(database, wanted("want"));
        TestPostgres.execute(database, live("live"));
    }

    @AfterEach
    void dropDatabase() {
        OracleDatabases.drop(database);
    }

    /** The shape the snapshot keeps: what the live schema must become. */
    private static String[] wanted(String s) {
        return new String[] {
            "CREATE SCHEMA " + s,
            "CREATE SEQUENCE " + s + ".counter START 100 INCREMENT 5",
            "CREATE TABLE " + s + ".customers (id bigint PRIMARY KEY, name varchar(50) NOT NULL, email text,"
                    + " status text DEFAULT 'new', created date DEFAULT CURRENT_DATE)",
            "ALTER TABLE " + s + ".customers ADD CONSTRAINT customers_name_key UNIQUE (name)",
            "CREATE INDEX customers_email_idx ON " + s + ".customers (email)",
            "CREATE TABLE " + s + ".orders (id bigint PRIMARY KEY, customer bigint REFERENCES " + s
                    + ".customers (id), total numeric(10,2) CHECK (total >= 0))",
            "CREATE TABLE " + s + ".notes (id serial PRIMARY KEY, body text)",
            "CREATE VIEW " + s + ".big_orders AS SELECT id, total FROM " + s + ".orders WHERE total > 100",
            "CREATE FUNCTION " + s + ".tax(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT $1 * 0.2'"
        };
    }

    /** The live schema: a column too many and one missing, a type, a default and a NOT NULL changed... */
    private static String[] live(String s) {
        return new String[] {
            "CREATE SCHEMA " + s,
            "CREATE SEQUENCE " + s + ".counter",
            "CREATE SEQUENCE " + s + ".leftover",
            "CREATE TABLE " + s + ".customers (id bigint PRIMARY KEY, name text NOT NULL, email text NOT NULL,"
                    + " status text DEFAULT 'old', fax text)",
            "CREATE TABLE " + s + ".orders (id bigint PRIMARY KEY, customer bigint REFERENCES " + s
                    + ".customers (id), total numeric(10,2))",
            "CREATE VIEW " + s + ".customer_names AS SELECT name FROM " + s + ".customers",
            "CREATE FUNCTION " + s + ".tax(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT $1 * 0.1'",
            "INSERT INTO " + s + ".customers VALUES (1, 'Ada', 'ada@example.com', 'old', '555'),"
                    + " (2, 'Grace', 'grace@example.com', 'vip', NULL)",
            "INSERT INTO " + s + ".orders VALUES (10, 1, 250), (11, 2, 5)"
        };
    }

    @Test
    void theScriptMakesTheLiveSchemaMatchTheSnapshotAndTablesKeepTheirRows() throws Exception {
        Client client = loggedIn();
        CompareRequests.save(client, storage, database, "want", "compare/want.json");

        Client.Response compared =
                CompareRequests.compare(client, database, "live", CompareRequests.request("compare/want.json", ""));

        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        assertThat(statuses(compared.json()))
                .contains(
                        "TABLE customers different",
                        "TABLE orders different",
                        "TABLE notes onlySnapshot",
                        "VIEW big_orders onlySnapshot",
                        "VIEW customer_names onlyLive",
                        "FUNCTION tax(numeric) different",
                        "SEQUENCE counter different",
                        "SEQUENCE leftover onlyLive",
                        "INDEX customers_email_idx onlySnapshot",
                        "CONSTRAINT customers customers_name_key onlySnapshot");
        String script = compared.json().get("script").asString();
        assertThat(script).doesNotContain("DROP TABLE").doesNotContain("CREATE TABLE live.customers");

        OracleDatabases.replay(database, script);

        assertThat(OracleDatabases.dump(database, "live").replace("live", "want"))
                .isEqualTo(OracleDatabases.dump(database, "want"));
        try (var connection = TestPostgres.connect(database);
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT string_agg(id || ':' || name || ':' || status, ',' ORDER BY id)"
                                + " FROM live.customers")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("1:Ada:old,2:Grace:vip");
        }
        Client.Response again =
                CompareRequests.compare(client, database, "live", CompareRequests.request("compare/want.json", ""));
        assertThat(again.json().get("differences").size()).as(again.body()).isZero();
    }

    @Test
    void withTheSnapshotAsTargetTheScriptMakesTheSnapshotsSchemaMatchTheLiveOne() {
        Client client = loggedIn();
        CompareRequests.save(client, storage, database, "want", "compare/want.json");

        Client.Response compared = CompareRequests.compare(
                client, database, "live", "{\"snapshot\":\"compare/want.json\",\"target\":\"snapshot\"}");

        assertThat(compared.status()).as(compared.body()).isEqualTo(200);
        String script = compared.json().get("script").asString();
        assertThat(script)
                .contains("ALTER TABLE want.customers DROP COLUMN created;")
                .doesNotContain(" live.");
        OracleDatabases.replay(database, script);
        assertThat(OracleDatabases.dump(database, "want").replace("want", "live"))
                .isEqualTo(OracleDatabases.dump(database, "live"));
    }

    private static List<String> statuses(JsonNode comparison) {
        List<String> found = new ArrayList<>();
        comparison
                .get("differences")
                .forEach(difference -> found.add(difference.get("kind").asString() + " "
                        + difference.get("name").asString() + " "
                        + difference.get("status").asString()));
        return found;
    }
}
