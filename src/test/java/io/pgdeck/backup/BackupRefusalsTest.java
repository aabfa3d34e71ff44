package io.pgdeck.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.MultiTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every request pgdeck refuses, refused clearly and before anything is written or restored. */
class BackupRefusalsTest extends MultiTenantTest {

    private static final String BACKUPS = "/api/v1/databases/team_alpha/backups";
    private static final String RESTORES = "/api/v1/databases/team_alpha/restores";
    private static final String ANALYSIS = "/api/v1/databases/team_alpha/restores/analysis";

    @Autowired
    StorageArea storage;

    private Client client;

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }

    @AfterEach
    void dropTheSchemaOfTheCutDumps() {
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA IF EXISTS cutme CASCADE");
    }

    @Test
    void aFileThatIsNotADumpFailsAtAnalysisAndRestoresNothing() throws Exception {
        byte[] png = new byte[600];
        Arrays.fill(png, (byte) 0);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        write("junk/picture.png", png);
        write("junk/notes.txt", "hello world\nthis is not SQL\n".getBytes(StandardCharsets.UTF_8));
        write("junk/empty.sql", new byte[0]);

        assertNotRestorable("junk/picture.png", "binary data");
        assertNotRestorable("junk/notes.txt", "does not read as SQL ('hello world this is not SQL')");
        assertNotRestorable("junk/empty.sql", "the file is empty");
    }

    @Test
    void aTruncatedDumpFailsAtAnalysisInEveryFormatAndRestoresNothing() throws Exception {
        // Enough data that cutting the end cuts data, not the table of contents at the start.
        TestPostgres.execute(
                TestPostgres.TEAM_DATABASE,
                "SET ROLE " + TestPostgres.TEAM_ROLE,
                "CREATE SCHEMA IF NOT EXISTS cutme",
                "CREATE TABLE IF NOT EXISTS cutme.readings AS"
                        + " SELECT g AS id, md5(g::text) AS reading FROM generate_series(1, 20000) g");
        for (String format : new String[] {"custom", "tar", "plain"}) {
            String whole = "cut/whole-" + format;
            assertThat(backup("{\"scope\":\"schema\",\"schema\":\"cutme\",\"file\":\"" + whole + "\",\"format\":\""
                                    + format + "\"}")
                            .get("status")
                            .asString())
                    .isEqualTo("succeeded");
            byte[] bytes = Files.readAllBytes(storage.resolve(whole));
            write("cut/cut-" + format, Arrays.copyOf(bytes, bytes.length - 4000));

            assertNotRestorable("cut/cut-" + format, "truncated");
        }
    }

    @Test
    void aScriptHoldingAShellEscapeIsRefused() throws Exception {
        write(
                "junk/escape.sql",
                "CREATE TABLE app.x (id int);\n\\! touch /tmp/pgdeck-was-here\n".getBytes(StandardCharsets.UTF_8));

        assertNotRestorable("junk/escape.sql", "meta-command '\\! touch /tmp/pgdeck-was-here'");
        assertThat(Path.of("/tmp/pgdeck-was-here")).doesNotExist();
    }

    @Test
    void pathsOutsideTheStorageAreaAreRefusedAndNothingIsWritten() {
        for (String file : new String[] {"../outside.dump", "/tmp/outside.dump", "a/../../outside.dump"}) {
            Client.Response backup =
                    client.postJson(BACKUPS, "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"" + file + "\"}");
            assertThat(backup.status()).as(file + ": " + backup.body()).isEqualTo(400);
            assertThat(client.postJson(RESTORES, "{\"file\":\"" + file + "\"}").status())
                    .isEqualTo(400);
            assertThat(client.postJson(ANALYSIS, "{\"file\":\"" + file + "\"}").status())
                    .isEqualTo(400);
        }
        assertThat(storage.root().getParent().resolve("outside.dump")).doesNotExist();
        assertThat(Path.of("/tmp/outside.dump")).doesNotExist();
    }

    @Test
    void badRequestsAreRefusedWithTheReason() throws Exception {
        int jobsBefore = client.get("/api/v1/jobs").json().size();
        write("exists/taken.dump", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(
                BACKUPS,
                "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"exists/taken.dump\"}",
                409,
                "already exists");
        assertRefused(
                BACKUPS, "{\"scope\":\"schema\",\"schema\":\"nope\",\"file\":\"x.dump\"}", 404, "no schema 'nope'");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"table\",\"schema\":\"app\",\"table\":\"nope\",\"file\":\"x.dump\"}",
                404,
                "no table");
        assertRefused(BACKUPS, "{\"scope\":\"schema\",\"file\":\"x.dump\"}", 400, "Name the schema");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"galaxy\",\"schema\":\"app\",\"file\":\"x.dump\"}",
                400,
                "'scope' cannot be 'galaxy'");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"x.dump\",\"options\":{\"typo\":true}}",
                400,
                "typo");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"x.dump\","
                        + "\"options\":{\"typeOfObjects\":{\"onlyData\":true,\"onlySchema\":true}}}",
                400,
                "not both");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"x.tar\",\"format\":\"tar\","
                        + "\"options\":{\"compression\":5}}",
                400,
                "tar format cannot be compressed");
        assertRefused(
                BACKUPS,
                "{\"scope\":\"schema\",\"schema\":\"app\",\"file\":\"x.dump\",\"options\":{\"jobs\":4}}",
                400,
                "directory format");
        assertRefused(
                "/api/v1/databases/team_beta/backups",
                "{\"scope\":\"database\",\"file\":\"beta.dump\"}",
                404,
                "team_beta");
        assertRefused(RESTORES, "{\"file\":\"missing.dump\"}", 404, "no file 'missing.dump'");
        assertRefused(
                RESTORES,
                "{\"file\":\"exists/taken.dump\",\"options\":{\"jobs\":2,\"queries\":{\"singleTransaction\":true}}}",
                400,
                "single transaction");
        assertThat(storage.resolve("x.dump")).doesNotExist();
        assertThat(client.get("/api/v1/jobs").json().size()).isEqualTo(jobsBefore);
    }

    @Test
    void aDatabaseBackupWarnsBeforeItRunsThatItWillNotRestoreHere() {
        Client.Response preview =
                client.postJson(BACKUPS + "?preview=true", "{\"scope\":\"database\",\"file\":\"whole/team.dump\"}");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("warnings").get(0).asString())
                .contains("will not restore here", "maintenance user", "Back up a schema instead");
        assertThat(preview.json().get("command").asString())
                .contains("pg_dump", "--dbname=team_alpha")
                .doesNotContain(TestPostgres.TEAM_PASSWORD);
        assertThat(storage.resolve("whole/team.dump")).doesNotExist();

        JsonNode defaults = client.get(BACKUPS + "/defaults").json();
        assertThat(defaults.get("scope").asString()).isEqualTo("schema");
        assertThat(defaults.get("options").get("typeOfObjects").get("blobs").asBoolean())
                .isTrue();
        assertThat(defaults.get("options").get("doNotSave").get("owner").asBoolean())
                .isTrue();
        // Privileges stay in: the restore applies those the team may give (GrantsRoundTripTest).
        assertThat(defaults.get("options").get("doNotSave").get("privileges").asBoolean())
                .isFalse();
    }

    private JsonNode backup(String body) {
        Client.Response started = client.postJson(BACKUPS, body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }

    private void assertNotRestorable(String file, String reason) {
        int jobsBefore = client.get("/api/v1/jobs").json().size();
        Client.Response analysis = client.postJson(ANALYSIS, "{\"file\":\"" + file + "\"}");
        assertThat(analysis.status()).as(file + ": " + analysis.body()).isEqualTo(422);
        assertThat(analysis.json().get("detail").asString()).contains(reason, "Nothing was restored");

        Client.Response restore = client.postJson(RESTORES, "{\"file\":\"" + file + "\"}");
        assertThat(restore.status()).as(file + ": " + restore.body()).isEqualTo(422);
        assertThat(client.get("/api/v1/jobs").json().size()).isEqualTo(jobsBefore);
    }

    private void assertRefused(String path, String body, int status, String detail) {
        Client.Response response = client.postJson(path, body);
        assertThat(response.status()).as(body + " -> " + response.body()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private void write(String file, byte[] bytes) throws Exception {
        Path path = storage.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }
}
