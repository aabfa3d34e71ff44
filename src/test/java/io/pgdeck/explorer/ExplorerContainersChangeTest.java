package io.pgdeck.explorer;

import static io.pgdeck.explorer.ExplorerChangeTest.SCHEMAS;
import static io.pgdeck.explorer.ExplorerChangeTest.exists;
import static io.pgdeck.explorer.ExplorerReadTest.named;
import static io.pgdeck.explorer.ExplorerReadTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating and dropping what holds objects: schemas, and in single-tenant the server's databases and roles. */
class ExplorerContainersChangeTest extends SingleTenantTest {

    static final String DB = TestPostgres.SINGLE_DATABASE;

    private CatalogChangeClient changes;

    @BeforeEach
    void logIn() {
        changes = new CatalogChangeClient(loggedIn());
    }

    @Test
    void createsRenamesAndDropsASchemaWithCascade() {
        String schema = "{\"name\": \"Team Space\", \"comment\": \"scratch\"}";
        assertThat(changes.preview("POST", SCHEMAS, schema)).isEqualTo("""
                CREATE SCHEMA "Team Space";
                COMMENT ON SCHEMA "Team Space" IS 'scratch';""");
        changes.run("POST", SCHEMAS, schema);
        TestPostgres.execute(DB, "CREATE TABLE \"Team Space\".t (id int)");

        Client.Response refused = changes.send("DELETE", SCHEMAS + "/Team%20Space", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("sqlState").asString()).isEqualTo("2BP01");

        assertThat(changes.preview("DELETE", SCHEMAS + "/Team%20Space?cascade=true", null))
                .isEqualTo("DROP SCHEMA \"Team Space\" CASCADE;");
        changes.run("DELETE", SCHEMAS + "/Team%20Space?cascade=true", null);
        assertThat(exists("SELECT to_regnamespace('\"Team Space\"') IS NOT NULL"))
                .isFalse();
    }

    @Test
    void createsAndDropsDatabasesAndRolesInSingleTenant() {
        String database = "{\"name\": \"Explorer Scratch\", \"owner\": \"postgres\", \"comment\": \"temporary\"}";
        assertThat(changes.preview("POST", "/api/v1/databases", database)).isEqualTo("""
                CREATE DATABASE "Explorer Scratch" OWNER postgres;
                COMMENT ON DATABASE "Explorer Scratch" IS 'temporary';""");
        changes.run("POST", "/api/v1/databases", database);
        assertThat(values(changes.client().get("/api/v1/databases").json(), "name"))
                .contains("Explorer Scratch");
        assertThat(changes.preview("DELETE", "/api/v1/databases/Explorer%20Scratch?force=true", null))
                .isEqualTo("DROP DATABASE \"Explorer Scratch\" WITH (FORCE);");
        changes.run("DELETE", "/api/v1/databases/Explorer%20Scratch?force=true", null);
        assertThat(values(changes.client().get("/api/v1/databases").json(), "name"))
                .doesNotContain("Explorer Scratch");

        String role = """
                {"name": "explorer_reader", "login": true, "createDatabase": false, "connectionLimit": 3,
                 "password": "s3cret'pass", "memberOf": ["pg_read_all_data"], "comment": "reads"}""";
        String shown = changes.preview("POST", "/api/v1/roles", role);
        assertThat(shown).isEqualTo("""
                CREATE ROLE explorer_reader WITH LOGIN NOCREATEDB CONNECTION LIMIT 3 PASSWORD '********';
                GRANT pg_read_all_data TO explorer_reader;
                COMMENT ON ROLE explorer_reader IS 'reads';""");
        JsonNode ran = changes.run("POST", "/api/v1/roles", role);
        assertThat(ran.toString()).doesNotContain("s3cret");
        JsonNode reader = named(changes.client().get("/api/v1/roles").json(), "explorer_reader");
        assertThat(reader.get("login").asBoolean()).isTrue();
        assertThat(reader.get("connectionLimit").asInt()).isEqualTo(3);
        assertThat(reader.get("memberOf").get(0).asString()).isEqualTo("pg_read_all_data");
        assertThat(exists("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'explorer_reader'"))
                .isTrue();

        assertThat(changes.preview("PATCH", "/api/v1/roles/explorer_reader", "{\"login\": false}"))
                .isEqualTo("ALTER ROLE explorer_reader WITH NOLOGIN;");
        changes.run("PATCH", "/api/v1/roles/explorer_reader", "{\"login\": false}");
        assertThat(changes.preview("DELETE", "/api/v1/roles/explorer_reader", null))
                .isEqualTo("DROP ROLE explorer_reader;");
        changes.run("DELETE", "/api/v1/roles/explorer_reader", null);
        assertThat(values(changes.client().get("/api/v1/roles").json(), "name")).doesNotContain("explorer_reader");
    }
}
