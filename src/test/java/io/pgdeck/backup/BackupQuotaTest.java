package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Backups keep to the storage quota (2 MB here) like uploads do: one that cannot fit uncompressed is refused before it
 * starts, and one that outgrows the quota while pg_dump writes it is stopped, fails saying why, and leaves no file.
 */
@TestPropertySource(properties = "pgdeck.storage.quota=2MB")
class BackupQuotaTest extends SingleTenantTest {

    private static final String DATABASE = "backup_quota";

    @BeforeAll
    static void sixMegabytesOfData() {
        TestPostgres.execute("postgres", "DROP DATABASE IF EXISTS " + DATABASE, "CREATE DATABASE " + DATABASE);
        TestPostgres.execute(
                DATABASE,
                "CREATE SCHEMA bulk",
                "CREATE TABLE bulk.noise AS SELECT g AS id, md5(g::text) || md5((g * 7)::text) AS a,"
                        + " md5((g * 13)::text) AS b FROM generate_series(1, 60000) g");
    }

    @Test
    void anUncompressedBackupThatCannotFitIsRefusedBeforeItStarts() {
        Client client = loggedIn();
        long jobsBefore = client.get("/api/v1/jobs").json().size();

        Client.Response refused = client.postJson(
                "/api/v1/databases/" + DATABASE + "/backups",
                "{\"scope\":\"schema\",\"schema\":\"bulk\",\"file\":\"quota/plain.sql\",\"format\":\"plain\"}");

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asString()).contains("does not fit in storage");
        assertThat(client.get("/api/v1/jobs").json().size()).isEqualTo(jobsBefore);
    }

    @Test
    void aBackupThatOutgrowsTheQuotaIsStoppedAndLeavesNoFile() {
        Client client = loggedIn();
        long usedBefore = client.get("/api/v1/files/usage").json().get("used").asLong();
        Client.Response started = client.postJson(
                "/api/v1/databases/" + DATABASE + "/backups",
                "{\"scope\":\"schema\",\"schema\":\"bulk\",\"file\":\"quota/big.dump\",\"format\":\"custom\","
                        + "\"options\":{\"compression\":0}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);

        JsonNode job = JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("note").asString()).contains("storage quota");
        assertThat(client.get("/api/v1/files?path=quota").body()).doesNotContain("big.dump");
        assertThat(client.get("/api/v1/files/usage").json().get("used").asLong())
                .isEqualTo(usedBefore);
    }
}
