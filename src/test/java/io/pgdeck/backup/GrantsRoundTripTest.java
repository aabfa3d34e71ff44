package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * On a shared server a schema's backup keeps its privileges by default, and its restore gives back the grants to the
 * team's own roles (its application role, a reader of the schema) while it never widens anyone else's access.
 */
class GrantsRoundTripTest extends MultiTenantTest {

    /** The team's application role: the platform made the team's role a member of it. */
    private static final String APP = "grants_app";
    /** Another role on the shared server, not the team's. */
    private static final String READER = "grants_reader";

    @BeforeAll
    static void roles() {
        TestPostgres.execute(
                "postgres",
                "DO $$ BEGIN CREATE ROLE " + APP + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "DO $$ BEGIN CREATE ROLE " + READER + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$",
                "GRANT " + APP + " TO " + TestPostgres.TEAM_ROLE);
    }

    @Test
    void aSchemaComesBackWithTheGrantsToTheTeamsRoles() {
        String schema = "rt_grants";
        createSchema(
                schema,
                "GRANT USAGE ON SCHEMA rt_grants TO " + APP + ", " + READER,
                "GRANT SELECT ON rt_grants.items TO " + READER,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON rt_grants.items TO " + APP,
                "GRANT USAGE, UPDATE ON SEQUENCE rt_grants.items_id_seq TO " + APP);
        String before = PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema);
        assertThat(before).contains("GRANT USAGE ON SCHEMA rt_grants TO " + READER, "TO " + APP);

        JsonNode restore = backUpDropAndRestore(schema);

        assertThat(restore.get("status").asString()).isEqualTo("succeeded");
        assertThat(PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema)).isEqualTo(before);
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    @Test
    void grantsThatWouldWidenAnotherRolesAccessAreLeftOutWithTheReason() throws SQLException {
        String schema = "rt_widen";
        // One table per grant: a table's grants are one entry of the dump, restored or left out together.
        createSchema(
                schema,
                "CREATE TABLE rt_widen.for_public (id int)",
                "CREATE TABLE rt_widen.for_app (id int)",
                "GRANT INSERT ON rt_widen.items TO " + READER,
                "GRANT INSERT ON rt_widen.for_public TO PUBLIC",
                "GRANT SELECT ON rt_widen.for_app TO " + APP + " WITH GRANT OPTION");
        Client client = loggedIn();
        String file = "grants/" + schema + ".dump";
        assertThat(finished(client, backup(client, schema, file)).get("status").asString())
                .isEqualTo("succeeded");
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA " + schema + " CASCADE");

        JsonNode analysis = client.postJson(
                        "/api/v1/databases/team_alpha/restores/analysis", "{\"file\":\"" + file + "\"}")
                .json();
        List<String> reasons = new ArrayList<>();
        analysis.get("leftOut").forEach(entry -> reasons.add(entry.get("reason").asString()));
        assertThat(reasons)
                .anySatisfy(reason -> assertThat(reason).contains(READER, "INSERT", "a right it does not have"))
                .anySatisfy(reason -> assertThat(reason).contains("PUBLIC"))
                .anySatisfy(reason -> assertThat(reason).contains(APP, "WITH GRANT OPTION"));
        JsonNode restore = finished(
                client, client.postJson("/api/v1/databases/team_alpha/restores", "{\"file\":\"" + file + "\"}"));

        assertThat(restore.get("status").asString()).isEqualTo("succeeded");
        assertThat(TeamDatabase.value("SELECT count(*) FROM rt_widen.items")).isEqualTo("3");
        assertThat(TeamDatabase.value("SELECT has_table_privilege('" + READER + "', 'rt_widen.items', 'INSERT')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value("SELECT has_table_privilege('public', 'rt_widen.for_public', 'INSERT')"))
                .isEqualTo("f");
        assertThat(TeamDatabase.value(
                        "SELECT has_table_privilege('" + APP + "', 'rt_widen.for_app', 'SELECT WITH GRANT OPTION')"))
                .isEqualTo("f");
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    private JsonNode backUpDropAndRestore(String schema) {
        Client client = loggedIn();
        String file = "grants/" + schema + ".dump";
        JsonNode backup = finished(client, backup(client, schema, file));
        assertThat(backup.get("status").asString()).isEqualTo("succeeded");
        assertThat(backup.get("command").asString()).doesNotContain("--no-privileges");
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA " + schema + " CASCADE");
        return finished(
                client, client.postJson("/api/v1/databases/team_alpha/restores", "{\"file\":\"" + file + "\"}"));
    }

    private static Client.Response backup(Client client, String schema, String file) {
        return client.postJson(
                "/api/v1/databases/team_alpha/backups",
                "{\"scope\":\"schema\",\"schema\":\"" + schema + "\",\"file\":\"" + file + "\"}");
    }

    private static void createSchema(String schema, String... grants) {
        List<String> statements = new ArrayList<>(List.of(
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".items (id serial PRIMARY KEY, name text NOT NULL)",
                "INSERT INTO " + schema + ".items (name) VALUES ('a'), ('b'), ('c')"));
        statements.addAll(List.of(grants));
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, statements.toArray(String[]::new));
    }

    private static JsonNode finished(Client client, Client.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }
}
