package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The team's everyday backup on a shared server, in every format: back up a schema with the defaults, drop it, restore
 * the file, and pg_dump sees the very same schema as before.
 */
class BackupRestoreRoundTripTest extends MultiTenantTest {

    @Autowired
    StorageArea storage;

    @ParameterizedTest
    @CsvSource({"custom, rt_custom.dump", "tar, rt_tar.tar", "plain, rt_plain.sql", "directory, rt_directory.dir"})
    void aSchemaBackupRestoresToTheSameSchema(String format, String fileName) {
        String schema = "rt_" + format;
        String file = "roundtrip/" + fileName;
        createSchema(schema);
        String before = PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema);
        assertThat(before)
                .contains("CREATE TABLE " + schema + ".customers", "O'Brien 4", "CREATE TRIGGER orders_touch");
        Client client = loggedIn();

        JsonNode backup = finished(
                client,
                client.postJson(
                        "/api/v1/databases/team_alpha/backups",
                        "{\"scope\":\"schema\",\"schema\":\"" + schema + "\",\"file\":\"" + file + "\",\"format\":\""
                                + format + "\"}"));
        assertThat(backup.get("status").asString()).as(log(client, backup)).isEqualTo("succeeded");
        assertThat(backup.get("file").asString()).isEqualTo(file);
        assertThat(storage.resolve(file)).exists();
        assertThat(backup.get("command").asString())
                .contains("--no-owner", "--blobs")
                .doesNotContain("--no-privileges");

        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA " + schema + " CASCADE");
        JsonNode restore = finished(
                client, client.postJson("/api/v1/databases/team_alpha/restores", "{\"file\":\"" + file + "\"}"));

        assertThat(restore.get("status").asString()).as(log(client, restore)).isEqualTo("succeeded");
        assertThat(PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema)).isEqualTo(before);
        dropSchema(schema);
    }

    @Test
    void aFailedMergeNamesTheFailingEntryAndLeavesTheSchemaAsItWas() {
        String schema = "rt_failing";
        String file = "roundtrip/rt_failing.dump";
        createSchema(schema);
        String before = PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema);
        Client client = loggedIn();
        JsonNode backup = finished(
                client,
                client.postJson(
                        "/api/v1/databases/team_alpha/backups",
                        "{\"scope\":\"schema\",\"schema\":\"" + schema + "\",\"file\":\"" + file
                                + "\",\"format\":\"custom\"}"));
        assertThat(backup.get("status").asString()).as(log(client, backup)).isEqualTo("succeeded");

        JsonNode restore = finished(
                client,
                client.postJson(
                        "/api/v1/databases/team_alpha/restores",
                        "{\"file\":\"" + file
                                + "\",\"options\":{\"mode\":\"merge\",\"queries\":{\"singleTransaction\":true}}}"));

        assertThat(restore.get("status").asString()).as(log(client, restore)).isEqualTo("failed");
        assertThat(restore.get("note").asString().lines().findFirst().orElseThrow())
                .matches("TOC entry \\d+ \\(.+\\) failed: .+ already exists");
        assertThat(PgDumpOracle.schema(TestPostgres.TEAM_DATABASE, schema)).isEqualTo(before);
        dropSchema(schema);
    }

    /** Removes a schema {@link #createSchema} made, and the team's large objects with it. */
    static void dropSchema(String schema) {
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
                "SELECT lo_unlink(oid) FROM pg_largeobject_metadata WHERE lomowner = '" + TestPostgres.TEAM_ROLE
                        + "'::regrole");
    }

    private static JsonNode finished(Client client, Client.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }

    private static String log(Client client, JsonNode job) {
        return client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body();
    }

    /** A schema with what teams keep in one: types, keys, a view, a trigger, comments and awkward data. */
    static void createSchema(String schema) {
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA " + schema,
                "SET search_path = " + schema,
                "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                "CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL,"
                        + " mood mood, tags text[], data jsonb, picture bytea, joined timestamptz DEFAULT now())",
                "CREATE TABLE orders (id serial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id),"
                        + " total numeric(12,2) CHECK (total >= 0), note text)",
                "CREATE INDEX orders_customer ON orders (customer_id)",
                "CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100",
                "CREATE MATERIALIZED VIEW totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY 1",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN\n"
                        + "  NEW.note := coalesce(NEW.note, 'none; really');\n  RETURN NEW;\nEND $$",
                "CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch()",
                "COMMENT ON TABLE customers IS 'People who buy; since 2020'",
                "CREATE SEQUENCE invoice_numbers START 1000",
                "SELECT setval('invoice_numbers', 1234)",
                "INSERT INTO customers (name, mood, tags, data, picture) SELECT"
                        + " CASE g % 4 WHEN 0 THEN 'O''Brien ' || g WHEN 1 THEN E'two\\nlines\\t' || g"
                        + " WHEN 2 THEN 'ünïcødé ' || g ELSE E'back\\\\slash; \\\\. ' || g END,"
                        + " (ARRAY['sad','ok','happy'])[1 + g % 3]::mood, ARRAY['a', 'b,c', NULL],"
                        + " jsonb_build_object('n', g, 's', 'x\"y'), decode('00ff' || lpad(to_hex(g), 4, '0'), 'hex')"
                        + " FROM generate_series(1, 500) g",
                "INSERT INTO orders (customer_id, total, note) SELECT 1 + g % 500, g * 1.5,"
                        + " CASE WHEN g % 2 = 0 THEN NULL ELSE 'note ' || g END FROM generate_series(1, 2000) g",
                "REFRESH MATERIALIZED VIEW totals",
                "SELECT lo_from_bytea(0, 'a large object of the team')",
                "RESET ROLE");
    }
}
