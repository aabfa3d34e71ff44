package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.ddl.OracleDatabases;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the options leave out, and what a snapshot path or file that will not do answers. */
class CompareOptionsTest extends SingleTenantTest {

    @Autowired
    StorageArea storage;

    private String database;
    private Client client;

    @BeforeEach
    void snapshotThenChangeOwnerAndGrants() {
        database = OracleDatabases.fresh();
        TestPostgres.execute(
                "postgres",
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'compare_owner') THEN"
                        + " CREATE ROLE compare_owner; END IF; END $$");
        TestPostgres.execute(database, "CREATE SCHEMA app", "CREATE TABLE app.items (id int PRIMARY KEY)");
        client = loggedIn();
        CompareRequests.save(client, storage, database, "app", "options/app.json");
        TestPostgres.execute(
                database, "ALTER TABLE app.items OWNER TO compare_owner", "GRANT SELECT ON app.items TO PUBLIC");
    }

    @AfterEach
    void dropDatabase() {
        OracleDatabases.drop(database);
    }

    @Test
    void ownerAndPrivilegeChangesShowUntilTheirOptionsHideThem() {
        Client.Response plain = compare("options/app.json", "");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.json().get("differences").get(0).get("name").asString())
                .isEqualTo("items");
        assertThat(plain.json().get("script").asString())
                .contains("ALTER TABLE app.items OWNER TO postgres;")
                .contains("REVOKE SELECT ON TABLE app.items FROM PUBLIC;")
                .doesNotContain("DROP TABLE");

        Client.Response ownerOnly = compare("options/app.json", "\"ignoreOwner\":true");
        assertThat(ownerOnly.json().get("differences").size()).isEqualTo(1);
        assertThat(ownerOnly.json().get("script").asString()).doesNotContain("OWNER TO");

        Client.Response both = compare("options/app.json", "\"ignoreOwner\":true,\"ignorePrivileges\":true");
        assertThat(both.json().get("differences").size()).as(both.body()).isZero();
    }

    @Test
    void aPathLeavingStorageIsRefused() {
        Client.Response response = compare("../../etc/passwd", "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aFileThatIsNotASnapshotIsRefusedWithAClearDetail() {
        CompareRequests.write(storage, "options/not-a-snapshot.json", "{\"rows\": [1, 2, 3]}");
        CompareRequests.write(storage, "options/not-json.sql", "SELECT 1;");

        for (String path : new String[] {"options/not-a-snapshot.json", "options/not-json.sql"}) {
            Client.Response response = compare(path, "");
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).startsWith("'" + path + "' is not a schema snapshot");
        }
    }

    @Test
    void theSnapshotIsADownloadNamedAfterTheSchemaAndTheDay() {
        Client.Response response = client.get("/api/v1/databases/" + database + "/schemas/app/snapshot");

        assertThat(response.header("Content-Disposition"))
                .startsWith("attachment; filename=\"app-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(response.json().get("format").asString()).isEqualTo("pgdeck-schema-snapshot");
        assertThat(response.json().get("objects").get(0).get("ddl").asString()).startsWith("CREATE TABLE app.items");
    }

    private Client.Response compare(String path, String options) {
        return CompareRequests.compare(client, database, "app", CompareRequests.request(path, options));
    }
}
