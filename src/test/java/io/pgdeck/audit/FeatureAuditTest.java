package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.SingleTenantTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Each feature's actions reach the audit log (and its JSON stream) with the fields an auditor asks for. */
@ExtendWith(OutputCaptureExtension.class)
class FeatureAuditTest extends SingleTenantTest {

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void dataEditsRecordTheTableTheCountsAndTheKeys(CapturedOutput output) {
        Client client = loggedIn();
        String table = unique("edits");
        client.query(
                "postgres",
                "CREATE TABLE public." + table + " (id int PRIMARY KEY, name text);" + "INSERT INTO public." + table
                        + " VALUES (1, 'a'), (2, 'b')");

        Client.Response applied = client.postJson(
                "/api/v1/databases/postgres/schemas/public/tables/" + table + "/changes",
                "{\"inserts\":[{\"id\":3,\"name\":\"c\"}],"
                        + "\"updates\":[{\"key\":{\"id\":1},\"original\":{\"name\":\"a\"},\"set\":{\"name\":\"z\"}}],"
                        + "\"deletes\":[{\"key\":{\"id\":2},\"original\":{\"name\":\"b\"}}]}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);

        JsonNode record = AuditTrail.newest(client, "data-edit", table);
        assertThat(record.get("outcome").asString()).isEqualTo("success");
        assertThat(record.get("database").asString()).isEqualTo("postgres");
        JsonNode detail = record.get("detail");
        assertThat(detail.get("table").asString()).isEqualTo("public." + table);
        assertThat(detail.get("inserted").asInt()).isEqualTo(1);
        assertThat(detail.get("updated").asInt()).isEqualTo(1);
        assertThat(detail.get("deleted").asInt()).isEqualTo(1);
        assertThat(detail.get("updatedKeys").get(0).get("id").asString()).isEqualTo("1");
        assertThat(detail.get("deletedKeys").get(0).get("id").asString()).isEqualTo("2");
        assertThat(AuditTrail.lines(output, table))
                .anyMatch(line -> line.get("kind").asString().equals("data-edit"));
    }

    @Test
    void sqlFromTheObjectExplorersDialogsIsRecordedAsAStatement() {
        Client client = loggedIn();
        String schema = unique("dialog");
        client.postJson("/api/v1/databases/postgres/schemas", "{\"name\":\"" + schema + "\"}");

        JsonNode record = AuditTrail.newest(client, "statement", schema);
        assertThat(record.get("summary").asString()).isEqualTo("CREATE SCHEMA " + schema + ";");
        assertThat(record.get("detail").get("source").asString()).isEqualTo("explorer");
        assertThat(record.get("outcome").asString()).isEqualTo("success");
    }

    @Test
    void maintenanceJobsAreRecordedWithTheirOptionsAndOutcome() {
        Client client = loggedIn();
        String table = unique("upkeep");
        client.query("postgres", "CREATE TABLE public." + table + " (id int)");
        JsonNode started = client.postJson(
                        "/api/v1/databases/postgres/maintenance",
                        "{\"operation\":\"vacuum\",\"schema\":\"public\",\"table\":\"" + table
                                + "\",\"options\":{\"analyze\":true}}")
                .json();
        JobWaiter.awaitEnd(client, started.get("jobId").asLong());

        JsonNode record = AuditTrail.newest(client, "maintenance", table);
        assertThat(record.get("outcome").asString()).isEqualTo("success");
        assertThat(record.get("clientAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(record.get("detail").get("command").asString()).isEqualTo("VACUUM (ANALYZE) public." + table + ";");
        assertThat(record.get("detail").get("status").asString()).isEqualTo("succeeded");
        assertThat(record.get("detail").get("jobId").asLong())
                .isEqualTo(started.get("jobId").asLong());
    }

    @Test
    void backupsAndRestoresAreRecordedWithTheirOptionsFileAndOutcome() {
        Client client = loggedIn();
        String schema = unique("kept");
        client.query("postgres", "CREATE SCHEMA " + schema + "; CREATE TABLE " + schema + ".t (id int)");
        String file = schema + ".dump";
        JsonNode backup = client.postJson(
                        "/api/v1/databases/postgres/backups",
                        "{\"scope\":\"schema\",\"schema\":\"" + schema + "\",\"file\":\"" + file + "\"}")
                .json();
        JobWaiter.awaitEnd(client, backup.get("jobId").asLong());
        client.query("postgres", "DROP SCHEMA " + schema + " CASCADE");
        JsonNode restore = client.postJson("/api/v1/databases/postgres/restores", "{\"file\":\"" + file + "\"}")
                .json();
        JobWaiter.awaitEnd(client, restore.get("jobId").asLong());

        JsonNode backedUp = AuditTrail.newest(client, "backup", schema);
        assertThat(backedUp.get("outcome").asString()).isEqualTo("success");
        assertThat(backedUp.get("database").asString()).isEqualTo("postgres");
        assertThat(backedUp.get("detail").get("file").asString()).isEqualTo(file);
        assertThat(backedUp.get("detail").get("command").asString()).contains("pg_dump", "--format=c", "--schema=");
        assertThat(backedUp.get("detail").get("jobId").asLong())
                .isEqualTo(backup.get("jobId").asLong());
        JsonNode restored = AuditTrail.newest(client, "restore", schema);
        assertThat(restored.get("outcome").asString()).isEqualTo("success");
        assertThat(restored.get("detail").get("command").asString()).contains("pg_restore");
        assertThat(restored.get("detail").get("status").asString()).isEqualTo("succeeded");
        client.query("postgres", "DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void importsAndTableExportsAreRecordedWithTheirTableAndOutcome() {
        Client client = loggedIn();
        String table = unique("moved");
        client.query("postgres", "CREATE TABLE public." + table + " (id int, name text)");
        String tablePath = "/api/v1/databases/postgres/schemas/public/tables/" + table;
        JsonNode started = client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(tablePath + "/import")))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("id,name\n1,ada\n2,grace\n")))
                .json();
        JobWaiter.awaitEnd(client, started.get("jobId").asLong());
        client.get(tablePath + "/export?format=json");

        JsonNode imported = AuditTrail.newest(client, "import", table);
        assertThat(imported.get("outcome").asString()).isEqualTo("success");
        assertThat(imported.get("database").asString()).isEqualTo("postgres");
        assertThat(imported.get("detail").get("jobId").asLong())
                .isEqualTo(started.get("jobId").asLong());
        JsonNode exported = AuditTrail.newest(client, "export", table);
        assertThat(exported.get("outcome").asString()).isEqualTo("success");
        assertThat(exported.get("detail").get("object").asString()).isEqualTo("public." + table);
        assertThat(exported.get("detail").get("format").asString()).isEqualTo("json");
    }

    @Test
    void storageUploadsDownloadsMovesAndDeletesAreRecorded() {
        Client client = loggedIn();
        String name = unique("file");
        client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/files/content?path=" + name + ".txt")))
                .PUT(HttpRequest.BodyPublishers.ofString("hello")));
        client.get("/api/v1/files/content?path=" + name + ".txt");
        client.postJson("/api/v1/files/move", "{\"from\":\"" + name + ".txt\",\"to\":\"" + name + "-moved.txt\"}");
        client.send(client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/files?path=" + name + "-moved.txt")))
                .DELETE());
        client.get("/api/v1/files/content?path=" + name + "-gone.txt");

        var actions = AuditTrail.records(client, "kind=storage&q=" + name).stream()
                .map(r -> r.get("detail").get("action").asString() + ":"
                        + r.get("outcome").asString())
                .toList();
        assertThat(actions)
                .containsExactly(
                        "download:failure", "delete:success", "move:success", "download:success", "upload:success");
    }
}
