package io.pgdeck.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import io.pgdeck.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL lets a table be named with any character but NUL; pgdeck must open, read, alter and drop each such
 * object through its API (the name percent-encoded in its path segment), not refuse it at the door.
 */
class ExplorerOddNamesTest extends SingleTenantTest {

    private static final String DB = TestPostgres.SINGLE_DATABASE;
    private static final String SCHEMA = "odd names;/%\\";
    private static final String TABLES = "/api/v1/databases/" + DB + "/schemas/" + segment(SCHEMA) + "/tables/";

    private Client client;

    @BeforeAll
    static void schema() {
        TestPostgres.execute(
                DB, "DROP SCHEMA IF EXISTS " + quoted(SCHEMA) + " CASCADE", "CREATE SCHEMA " + quoted(SCHEMA));
    }

    @BeforeEach
    void logIn() {
        client = loggedIn();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "semi;colon",
                "fifty%",
                "%2F already encoded",
                "back\\slash",
                "slash/name",
                "new\nline",
                "carriage\rreturn",
                "tab\there",
                "..",
                ".",
                "quote\"d 'both'",
                "ümlaut ☃ 表"
            })
    void opensReadsRenamesAndDropsATableWhateverItsName(String name) {
        TestPostgres.execute(
                DB,
                "CREATE TABLE " + quoted(SCHEMA) + "." + quoted(name) + " (id int PRIMARY KEY, note text)",
                "INSERT INTO " + quoted(SCHEMA) + "." + quoted(name) + " VALUES (1, 'kept')");
        String table = TABLES + segment(name);

        Client.Response properties = client.get(table);
        assertThat(properties.status()).as(properties.body()).isEqualTo(200);
        assertThat(properties.json().get("name").asString()).isEqualTo(name);

        Client.Response ddl = client.get(table + "/ddl");
        assertThat(ddl.status()).as(ddl.body()).isEqualTo(200);
        assertThat(ddl.body()).contains("CREATE TABLE " + quoted(SCHEMA) + "." + quoted(name));

        Client.Response rows = client.get(table + "/rows?limit=10");
        assertThat(rows.status()).as(rows.body()).isEqualTo(200);
        assertThat(rows.json().get("rows").get(0).get(1).asString()).isEqualTo("kept");

        String renamed = name + " renamed";
        Client.Response rename = send("PATCH", table, "{\"name\": " + json(renamed) + "}");
        assertThat(rename.status()).as(rename.body()).isEqualTo(200);
        assertThat(client.get(TABLES + segment(renamed)).status()).isEqualTo(200);

        Client.Response drop = send("DELETE", TABLES + segment(renamed), null);
        assertThat(drop.status()).as(drop.body()).isEqualTo(200);
        assertThat(client.get(TABLES + segment(renamed)).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul%00byte", "..%2F..%2Fdatabases"})
    void aNameNoObjectCanHaveIsAnsweredWithAProblemNotAnHtmlPage(String encoded) {
        Client.Response response = client.get(TABLES + encoded);
        assertThat(response.status()).isIn(400, 404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    private Client.Response send(String method, String path, String json) {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(path)))
                .header("Content-Type", "application/json")
                .method(method, body));
    }

    /** Encodes everything but RFC 3986's unreserved characters, as the page's encodeURIComponent does and more. */
    private static String segment(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String json(String text) {
        return "\""
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\t", "\\t")
                + "\"";
    }
}
