package io.pgdeck.data;

import static io.pgdeck.data.DataFixture.encode;
import static io.pgdeck.data.DataFixture.path;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.state.StateProperties;
import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client.Response;
import io.pgdeck.testing.JobWaiter;
import io.pgdeck.testing.TestPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSV import as a job: a file of the storage area (or a request body) goes in with one COPY, all of it or nothing,
 * and a bad line fails the job with its number in the log. Whatever can be refused is refused before a job exists.
 */
class DataImportTest extends DataApiTest {

    private static final String IMPORT = path("tables", "imports") + "/import";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StorageArea storage;

    @Autowired
    StateProperties state;

    @BeforeEach
    void reset() {
        TestPostgres.execute(
                DataFixture.DATABASE,
                "TRUNCATE data_fixture.imports",
                "INSERT INTO data_fixture.imports VALUES (1, 'existing', 1.00)");
    }

    private static String contents() {
        return DataFixture.scalar(
                DataFixture.DATABASE,
                "SELECT string_agg(id || ':' || name || ':'"
                        + " || coalesce(amount::text, 'NULL'), ',' ORDER BY id) FROM data_fixture.imports");
    }

    /** Puts a file into the storage area, as an upload through the Storage Manager would. */
    private String stored(String name, byte[] content) throws IOException {
        Path file = storage.resolve("imports/" + name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return "imports/" + name;
    }

    private String stored(String name, String content) throws IOException {
        return stored(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Response start(String file, String options) {
        return client.postJson(
                IMPORT,
                "{\"file\": " + JSON.writeValueAsString(file) + (options == null ? "" : ", \"options\": " + options)
                        + "}");
    }

    private Response startBody(String query, byte[] body) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(IMPORT + query)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode ended(Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return JobWaiter.awaitEnd(client, started.json().get("jobId").asLong());
    }

    private String log(JsonNode job) {
        return client.get("/api/v1/jobs/" + job.get("id").asLong() + "/log").body();
    }

    private long newestJob() {
        JsonNode jobs = client.get("/api/v1/jobs").json();
        return jobs.isEmpty() ? 0 : jobs.get(0).get("id").asLong();
    }

    @Test
    void importsAStorageFileAsAJobWhoseHeaderNamesTheColumnsInItsOwnOrder() throws IOException {
        String file = stored("good.csv", "name,id,amount\n\"Smith, \"\"J\"\"\",2,3.50\nGrüße,3,\n");

        JsonNode job = ended(start(file, null));

        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(job.get("type").asString()).isEqualTo("import");
        assertThat(job.get("object").asString()).isEqualTo("shop.data_fixture.imports");
        assertThat(job.get("file").asString()).isEqualTo(file);
        assertThat(job.get("command").asString())
                .isEqualTo("COPY data_fixture.imports FROM 'imports/good.csv' WITH (FORMAT csv, HEADER true,"
                        + " DELIMITER ',', QUOTE '\"', NULL '', ENCODING 'UTF8')");
        assertThat(log(job)).contains("Imported 2 rows into data_fixture.imports");
        assertThat(contents()).isEqualTo("1:existing:1.00,2:Smith, \"J\":3.50,3:Grüße:NULL");
    }

    @Test
    void importsWithoutAHeaderWithOtherDelimiterQuoteAndNullString() throws IOException {
        String file = stored("semicolons.txt", "4;'a;b';NULL\n5;'it''s';7\n6;'';NULL\n");

        JsonNode job =
                ended(start(file, "{\"header\": false, \"delimiter\": \";\", \"quote\": \"'\", \"null\": \"NULL\"}"));

        assertThat(job.get("status").asString()).as(log(job)).isEqualTo("succeeded");
        assertThat(contents()).isEqualTo("1:existing:1.00,4:a;b:NULL,5:it's:7.00,6::NULL");
    }

    @Test
    void readsALatin1FileInItsOwnEncoding() throws IOException {
        byte[] latin1 = "id,name\n7,Café Nöel\n".getBytes(Charset.forName("ISO-8859-1"));
        String file = stored("latin1.csv", latin1);

        JsonNode job = ended(start(file, "{\"encoding\": \"latin1\"}"));

        assertThat(job.get("status").asString()).as(log(job)).isEqualTo("succeeded");
        assertThat(job.get("command").asString()).contains("ENCODING 'LATIN1'");
        assertThat(contents()).isEqualTo("1:existing:1.00,7:Café Nöel:NULL");
        // The same bytes read as UTF8 are not text: the job fails and leaves the table as it was.
        reset();
        JsonNode misread = ended(start(file, null));
        assertThat(misread.get("status").asString()).isEqualTo("failed");
        assertThat(misread.get("note").asString()).contains("Line 2").contains("UTF8");
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsNotPartOfTheFirstColumnOrValue() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String withHeader = stored("bom-header.csv", concat(mark, "id,name\n8,marked\n"));
        String withoutHeader = stored("bom-plain.csv", concat(mark, "9,plain,2.50\n"));

        JsonNode first = ended(start(withHeader, null));
        JsonNode second = ended(start(withoutHeader, "{\"header\": false}"));

        assertThat(first.get("status").asString()).as(log(first)).isEqualTo("succeeded");
        assertThat(second.get("status").asString()).as(log(second)).isEqualTo("succeeded");
        assertThat(contents()).isEqualTo("1:existing:1.00,8:marked:NULL,9:plain:2.50");
    }

    private static byte[] concat(byte[] start, String rest) {
        byte[] text = rest.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(start, start.length + text.length);
        System.arraycopy(text, 0, all, start.length, text.length);
        return all;
    }

    @Test
    void aBadLineFailsTheJobNamingItAndNothingIsImported() throws IOException {
        String file = stored("bad.csv", "id,name,amount\n10,fine,1\n11,also fine,2\n12,broken,not-a-number\n13,x,4\n");

        JsonNode job = ended(start(file, null));

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.get("note").asString())
                .startsWith("Line 4: ")
                .contains("not-a-number")
                .contains("Nothing was imported");
        assertThat(log(job)).contains("pgdeck: Line 4: ").doesNotContain("Imported");
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    @Test
    void aDuplicateKeyAMissingValueOrAnUnknownColumnFailsTheJobToo() throws IOException {
        JsonNode duplicate = ended(start(stored("duplicate.csv", "id,name\n20,new\n1,clash\n"), null));
        JsonNode missing = ended(start(stored("missing.csv", "id,name\n21,ok\n22,\n"), null));
        JsonNode unknown = ended(start(stored("unknown.csv", "id,name,colour\n30,x,red\n"), null));

        assertThat(duplicate.get("note").asString()).contains("Line 3").contains("duplicate key");
        assertThat(missing.get("note").asString()).startsWith("Line 3: ");
        assertThat(unknown.get("status").asString()).isEqualTo("failed");
        assertThat(unknown.get("note").asString()).contains("colour");
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    @Test
    void aPathLeavingStorageIsRefusedAndNoJobIsStarted() {
        long before = newestJob();

        for (String escaping : new String[] {"../state.db", "/etc/passwd", "imports/../../x.csv", "..%2Fx.csv"}) {
            Response refused = start(escaping, null);
            assertThat(refused.status()).as(escaping).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).startsWith("Refused: ");
        }
        assertThat(newestJob()).isEqualTo(before);
    }

    @Test
    void aMissingFileAFolderOrNoFileIsAClearErrorBeforeAnyJob() throws IOException {
        stored("present.csv", "id,name\n");
        long before = newestJob();

        Response missing = start("imports/absent.csv", null);
        Response folder = start("imports", null);
        Response none = client.postJson(IMPORT, "{}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString())
                .isEqualTo("There is no file 'imports/absent.csv' in storage.");
        assertThat(folder.status()).isEqualTo(400);
        assertThat(folder.json().get("detail").asString()).contains("is a folder");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("detail").asString()).contains("'file'");
        assertThat(newestJob()).isEqualTo(before);
    }

    @Test
    void optionsCopyWouldRefuseAndMissingTablesAreRefusedBeforeAnyJob() throws IOException {
        String file = stored("options.csv", "id,name\n40,x\n");
        long before = newestJob();

        assertThat(refusal(start(file, "{\"delimiter\": \";;\"}"))).contains("delimiter must be one");
        assertThat(refusal(start(file, "{\"quote\": \"\"}"))).contains("quote must be one");
        assertThat(refusal(start(file, "{\"delimiter\": \"§\"}"))).contains("ASCII");
        assertThat(refusal(start(file, "{\"delimiter\": \"'\", \"quote\": \"'\"}")))
                .contains("must differ");
        assertThat(refusal(start(file, "{\"null\": \"a,b\"}"))).contains("NULL string");
        assertThat(refusal(start(file, "{\"encoding\": \"KLINGON\"}"))).contains("no encoding 'KLINGON'");
        Response noTable = client.postJson(path("tables", "no_such_table") + "/import", "{\"file\": \"" + file + "\"}");
        assertThat(noTable.status()).isEqualTo(404);
        assertThat(newestJob()).isEqualTo(before);
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    private static String refusal(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("detail").asString();
    }

    @Test
    void aCsvRequestBodyIsImportedAsAJobAndItsCopyIsDeletedWhenTheJobEnds() throws IOException {
        String exported = client.get(path("tables", "imports") + "/export").body();
        TestPostgres.execute(DataFixture.DATABASE, "TRUNCATE data_fixture.imports");

        JsonNode job = ended(startBody("", exported.getBytes(StandardCharsets.UTF_8)));
        JsonNode custom = ended(startBody(
                "?header=false&delimiter=" + encode("|") + "&null=" + encode("-") + "&encoding=WIN1252",
                "2|caf\u00e9|-\n".getBytes(Charset.forName("windows-1252"))));

        assertThat(job.get("status").asString()).as(log(job)).isEqualTo("succeeded");
        assertThat(job.get("file").isNull()).isTrue();
        assertThat(custom.get("status").asString()).as(log(custom)).isEqualTo("succeeded");
        assertThat(contents()).isEqualTo("1:existing:1.00,2:café:NULL");
        assertThat(receivedBodies()).isZero();
        assertThat(startBody("?delimiter=" + encode(";;"), "id\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
    }

    private long receivedBodies() throws IOException {
        Path folder = state.dir().resolve("jobs").resolve("imports");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void theOpenApiDescriptionShowsBothFormsAndTheJobAnswer() {
        JsonNode operation = client.get("/api/v1/openapi.json")
                .json()
                .at("/paths/~1api~1v1~1databases~1{db}~1schemas~1{schema}~1tables~1{table}~1import/post");

        assertThat(operation.at("/requestBody/content").has("application/json")).isTrue();
        assertThat(operation.at("/requestBody/content").has("text/csv")).isTrue();
        assertThat(operation.at("/responses/202/content/*~1*/schema/$ref").asString())
                .endsWith("/ImportStarted");
        assertThat(operation.at("/responses").has("403")).isTrue();
        assertThat(operation.get("description").asString()).contains("text/csv");
    }

    @Test
    void cancellingAnImportWaitingForTheTableStopsTheCopyAndImportsNothing() throws Exception {
        String file = stored("waits.csv", "id,name\n50,late\n");
        try (Connection locker = TestPostgres.connect(DataFixture.DATABASE)) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("LOCK TABLE data_fixture.imports IN SHARE MODE");
            }
            Response started = start(file, null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            long id = started.json().get("jobId").asLong();
            awaitCopyWaitingForTheLock();

            client.postJson("/api/v1/jobs/" + id + "/cancel", "");

            JsonNode job = JobWaiter.awaitStatus(
                    client, id, Set.of("succeeded", "failed", "cancelled"), Duration.ofSeconds(30));
            assertThat(job.get("status").asString()).isEqualTo("cancelled");
            locker.rollback();
        }
        assertThat(contents()).isEqualTo("1:existing:1.00");
    }

    private static void awaitCopyWaitingForTheLock() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!DataFixture.scalar("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %'"
                        + " AND wait_event_type = 'Lock'")
                .equals("1")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import's COPY never waited for the table");
            }
            JobWaiter.sleep(50);
        }
    }
}
