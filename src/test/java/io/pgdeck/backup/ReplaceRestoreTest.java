package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The seed's journey as the team's role on a shared server: back up a schema, damage it (a table dropped, rows changed
 * and deleted) while another schema's view and foreign key depend on it, restore with the defaults, and the schema is
 * as it was, the other schema's objects intact. A restore that must fail changes nothing.
 */
class ReplaceRestoreTest extends MultiTenantTest {

    private static final String DB = TestPostgres.TEAM_DATABASE;

    @Autowired
    StorageArea storage;

    private static final String REPORTING = "rp_reporting";

    @AfterEach
    void dropSchemas() {
        TestPostgres.execute(DB, "DROP SCHEMA IF EXISTS " + REPORTING + " CASCADE");
    }

    @ParameterizedTest
    @CsvSource({"custom, rp_custom.dump", "tar, rp_tar.tar", "directory, rp_directory.dir", "plain, rp_plain.sql"})
    void aDamagedSchemaIsPutBackAsItWasAndWhatDependsOnItIsKept(String format, String fileName) throws SQLException {
        String schema = "rp_" + format;
        String file = "replace/" + fileName;
        BackupRestoreRoundTripTest.createSchema(schema);
        addCoupons(schema);
        dependOn(schema);
        String before = PgDumpOracle.schema(DB, schema);
        String reportingBefore = PgDumpOracle.schema(DB, REPORTING);
        Client client = loggedIn();
        backUp(client, schema, file, format);
        TestPostgres.execute(
                DB,
                "DROP TABLE " + schema + ".coupons",
                "DROP MATERIALIZED VIEW " + schema + ".totals",
                "UPDATE " + schema + ".customers SET name = 'damaged' WHERE id % 3 = 0",
                "DELETE FROM " + schema + ".orders WHERE id > 1500");

        JsonNode analysis = client.postJson(
                        "/api/v1/databases/" + DB + "/restores/analysis", "{\"file\":\"" + file + "\"}")
                .json();
        assertThat(analysis.at("/options/mode").asString()).isEqualTo("replace");
        assertThat(analysis.get("notes").toString())
                .contains("Replace: schema " + schema + " exists here with 2 table(s)")
                .contains("Kept: view " + REPORTING + ".revenue")
                .contains("Kept: foreign key " + REPORTING + ".leads");
        JsonNode restore = restore(client, "{\"file\":\"" + file + "\"}");

        assertThat(restore.get("status").asString()).as(log(client, restore)).isEqualTo("succeeded");
        assertThat(PgDumpOracle.schema(DB, schema)).isEqualTo(before);
        assertThat(PgDumpOracle.schema(DB, REPORTING)).isEqualTo(reportingBefore);
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + REPORTING + ".revenue"))
                .isEqualTo("500");
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + schema + ".coupons"))
                .isEqualTo("3");
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    @Test
    void aReplaceThatCannotKeepAViewRollsBackAndSaysWhy() throws SQLException {
        String schema = "rp_failing";
        String file = "replace/rp_failing.dump";
        BackupRestoreRoundTripTest.createSchema(schema);
        Client client = loggedIn();
        backUp(client, schema, file, "custom");
        // After the backup: a column the backup does not have, and a view in another schema that reads it.
        TestPostgres.execute(
                DB,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "ALTER TABLE " + schema + ".orders ADD COLUMN channel text DEFAULT 'web'",
                "CREATE SCHEMA " + REPORTING,
                "CREATE VIEW " + REPORTING + ".channels AS SELECT DISTINCT channel FROM " + schema + ".orders",
                "DELETE FROM " + schema + ".orders WHERE id > 1000");
        String before = PgDumpOracle.schema(DB, schema);

        JsonNode restore = restore(client, "{\"file\":\"" + file + "\"}");

        assertThat(restore.get("status").asString()).isEqualTo("failed");
        assertThat(restore.get("note").asString().lines().findFirst().orElseThrow())
                .contains("failed")
                .contains("channel");
        assertThat(restore.get("note").asString()).contains("Nothing was changed");
        assertThat(PgDumpOracle.schema(DB, schema)).isEqualTo(before);
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + REPORTING + ".channels"))
                .isEqualTo("1");
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    @Test
    void whatCouldNotBeMadeAgainRefusesTheRestoreBeforeItStarts() throws SQLException {
        String schema = "rp_refused";
        String file = "replace/rp_refused.dump";
        BackupRestoreRoundTripTest.createSchema(schema);
        Client client = loggedIn();
        backUp(client, schema, file, "custom");
        TestPostgres.execute(
                DB,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA " + REPORTING,
                "CREATE TABLE " + REPORTING + ".moods (id int, felt " + schema + ".mood)",
                "INSERT INTO " + REPORTING + ".moods VALUES (1, 'happy')");
        int jobsBefore = client.get("/api/v1/jobs").json().size();

        Client.Response refused =
                client.postJson("/api/v1/databases/" + DB + "/restores", "{\"file\":\"" + file + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .contains("column felt of table " + REPORTING + ".moods", "Nothing was restored", "merge");
        assertThat(client.get("/api/v1/jobs").json().size()).isEqualTo(jobsBefore);
        String mergeRequest = "{\"file\":\"" + file + "\",\"options\":{\"mode\":\"merge\"}}";
        JsonNode mergeAnalysis = client.postJson("/api/v1/databases/" + DB + "/restores/analysis", mergeRequest)
                .json();
        assertThat(mergeAnalysis.at("/options/mode").asString()).isEqualTo("merge");
        assertThat(mergeAnalysis.get("notes").toString())
                .contains("Merge: ")
                .contains("already and will fail")
                .contains("TYPE mood")
                .contains("TABLE customers");
        JsonNode merge = restore(client, mergeRequest);
        assertThat(merge.get("status").asString()).isEqualTo("failed");
        assertThat(TeamDatabase.value("SELECT count(*) FROM " + REPORTING + ".moods"))
                .isEqualTo("1");
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    @Test
    void aDumpFromANewerPgDumpIsRefusedAndTheSchemaStaysAsItIs() throws IOException {
        String schema = "rp_newer";
        String file = "replace/rp_newer.dump";
        BackupRestoreRoundTripTest.createSchema(schema);
        Client client = loggedIn();
        backUp(client, schema, file, "custom");
        // The archive format version in the header ("PGDMP", major, minor, revision) as a newer pg_dump writes it.
        Path dump = storage.resolve(file);
        byte[] bytes = Files.readAllBytes(dump);
        bytes[6] = (byte) (bytes[6] + 5);
        Files.write(dump, bytes);
        TestPostgres.execute(DB, "DELETE FROM " + schema + ".orders WHERE id > 1000");
        String before = PgDumpOracle.schema(DB, schema);
        int jobsBefore = client.get("/api/v1/jobs").json().size();

        Client.Response refused =
                client.postJson("/api/v1/databases/" + DB + "/restores", "{\"file\":\"" + file + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("cannot be restored", "Nothing was restored");
        assertThat(client.get("/api/v1/jobs").json().size()).isEqualTo(jobsBefore);
        assertThat(PgDumpOracle.schema(DB, schema)).isEqualTo(before);
        BackupRestoreRoundTripTest.dropSchema(schema);
    }

    /** A table nothing depends on, which the damage drops. */
    static void addCoupons(String schema) {
        TestPostgres.execute(
                DB,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE TABLE " + schema + ".coupons (code text PRIMARY KEY, percent int NOT NULL)",
                "INSERT INTO " + schema + ".coupons VALUES ('SPRING', 10), ('SUMMER', 15), ('VIP', 25)");
    }

    /** A view and a foreign key in another schema, as a reporting team keeps them. */
    private static void dependOn(String schema) {
        TestPostgres.execute(
                DB,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA " + REPORTING,
                "CREATE VIEW " + REPORTING + ".revenue AS SELECT customer_id, sum(total) AS total FROM " + schema
                        + ".orders GROUP BY customer_id",
                "CREATE TABLE " + REPORTING + ".leads (id int PRIMARY KEY, customer_id bigint REFERENCES " + schema
                        + ".customers (id))",
                "INSERT INTO " + REPORTING + ".leads VALUES (1, 1), (2, 2)");
    }

    private static void backUp(Client client, String schema, String file, String format) {
        Client.Response started = client.postJson(
                "/api/v1/databases/" + DB + "/backups",
                "{\"scope\":\"schema\",\"schema\":\"" + schema + "\",\"file\":\"" + file + "\",\"format\":\"" + format
                        + "\",\"overwrite\":true}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode backup = JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
        assertThat(backup.get("status").asString()).isEqualTo("succeeded");
    }

    private static JsonNode restore(Client client, String body) {
        Client.Response started = client.postJson("/api/v1/databases/" + DB + "/restores", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }

    private static String log(Client client, JsonNode job) {
        return client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body();
    }
}
