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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Hand-written SQL scripts restore through psql, statement for statement, and stop at the first error. */
class ScriptRestoreTest extends MultiTenantTest {

    @Autowired
    StorageArea storage;

    @AfterEach
    void dropWhatTheScriptsMade() {
        TestPostgres.execute(TestPostgres.TEAM_DATABASE, "DROP SCHEMA IF EXISTS scripted CASCADE");
    }

    @Test
    void aScriptWithCommentsCopyDataAndAwkwardTextRestoresAsWritten() throws Exception {
        write("scripts/good.sql", """
                CREATE SCHEMA scripted;
                CREATE TABLE scripted.notes (id int PRIMARY KEY, body text) -- ends in a comment
                ;
                COPY scripted.notes (id, body) FROM stdin;
                1\tsemi;colon
                2\tback\\\\slash and ünïcødé
                \\.
                INSERT INTO scripted.notes VALUES (3, 'it''s; fine'), (4, $$dollar; quoted$$);
                """);
        Client client = loggedIn();

        JsonNode analysis = client.postJson(
                        "/api/v1/databases/team_alpha/restores/analysis", "{\"file\":\"scripts/good.sql\"}")
                .json();
        assertThat(analysis.get("format").asString()).isEqualTo("plain");
        assertThat(analysis.get("leftOutCount").asInt()).isZero();

        JsonNode job = restore(client, "scripts/good.sql");
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("command").asString()).contains("psql", "--set=ON_ERROR_STOP=1", "--file=-");
        assertThat(TeamDatabase.value("SELECT string_agg(id || '=' || body, ' | ' ORDER BY id) FROM scripted.notes"))
                .isEqualTo("1=semi;colon | 2=back\\slash and ünïcødé | 3=it's; fine | 4=dollar; quoted");
    }

    @Test
    void aFailingStatementStopsTheRestoreAndInOneTransactionLeavesNothing() throws Exception {
        write("scripts/bad.sql", """
                CREATE SCHEMA scripted;
                CREATE TABLE scripted.first (id int);
                INSERT INTO scripted.missing VALUES (1);
                CREATE TABLE scripted.never (id int);
                """);
        Client client = loggedIn();

        Client.Response started = client.postJson(
                "/api/v1/databases/team_alpha/restores",
                "{\"file\":\"scripts/bad.sql\",\"options\":{\"queries\":{\"singleTransaction\":true}}}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode job = JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("exitCode").asInt()).isEqualTo(3);
        assertThat(job.get("note").asString().lines().findFirst())
                .contains("Statement \"INSERT INTO scripted.missing VALUES (1)\" failed:"
                        + " relation \"scripted.missing\" does not exist");
        assertThat(client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body())
                .contains("relation \"scripted.missing\" does not exist");
        assertThat(TeamDatabase.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'scripted'"))
                .isEqualTo("0");
    }

    private static JsonNode restore(Client client, String file) {
        Client.Response started =
                client.postJson("/api/v1/databases/team_alpha/restores", "{\"file\":\"" + file + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }

    private void write(String file, String text) throws Exception {
        Path path = storage.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
