package io.pgdeck.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import io.pgdeck.testing.SingleTenantTest;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The team's query library through its HTTP API, against the real state store. */
class SavedQueryApiTest extends SingleTenantTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/saved-queries";

    @Autowired
    ScheduledTaskHolder scheduled;

    @Test
    void aQueryIsSavedOpenedSearchedUpdatedAndDeleted() {
        Client client = loggedIn();
        String marker = unique();
        String id = create(client, "Active " + marker, "select 1 -- " + marker, "reports", "weekly");

        JsonNode opened = client.get(BASE + "/" + id).json();
        assertThat(opened.get("sql").asText()).isEqualTo("select 1 -- " + marker);
        assertThat(opened.get("version").asInt()).isEqualTo(1);
        assertThat(opened.get("database").asText()).isEqualTo("postgres");
        assertThat(opened.get("updatedBy").asText()).isNotBlank();

        assertThat(names(client.get(BASE + "?q=" + marker).json())).containsExactly("Active " + marker);
        assertThat(names(client.get(BASE + "?q=ACTIVE+" + marker.toUpperCase()).json()))
                .containsExactly("Active " + marker);
        assertThat(names(client.get(BASE + "?q=" + marker + "&folder=reports&tag=weekly")
                        .json()))
                .hasSize(1);
        assertThat(names(client.get(BASE + "?q=" + marker + "&tag=daily").json()))
                .isEmpty();

        Client.Response saved = put(client, id, draft("Active " + marker, "select 2 -- " + marker, 1));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);

        assertThat(delete(client, id).status()).isEqualTo(204);
        assertThat(client.get(BASE + "/" + id).status()).isEqualTo(404);
        assertThat(names(client.get(BASE + "?q=" + marker).json())).isEmpty();
    }

    @Test
    void everyVersionIsKeptAndAnEarlierOneCanBeRestored() {
        Client client = loggedIn();
        String marker = unique();
        String id = create(client, "Versions " + marker, "select 'first'", null, null);
        put(client, id, draft("Versions " + marker, "select 'second'", 1));

        JsonNode versions = client.get(BASE + "/" + id + "/versions").json().get("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("sql").asText()).isEqualTo("select 'second'");
        assertThat(versions.get(1).get("sql").asText()).isEqualTo("select 'first'");
        assertThat(versions.get(1).get("updatedAt").asText()).isNotBlank();
        assertThat(client.get(BASE + "/" + id + "/versions/1").json().get("sql").asText())
                .isEqualTo("select 'first'");

        Client.Response restored = client.postJson(BASE + "/" + id + "/versions/1/restore", "{}");
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("version").asInt()).isEqualTo(3);
        assertThat(client.get(BASE + "/" + id).json().get("sql").asText()).isEqualTo("select 'first'");
        assertThat(client.get(BASE + "/" + id + "/versions").json().get("items"))
                .hasSize(3);
        assertThat(client.get(BASE + "/" + id + "/versions/9").status()).isEqualTo(404);
    }

    @Test
    void savingOverAVersionSomeoneElseChangedIsA409WithBothTexts() {
        Client alice = loggedIn();
        Client bob = loggedIn();
        String id = create(alice, "Collide " + unique(), "select 'base'", null, null);

        assertThat(put(alice, id, draft("Collide", "select 'alice'", 1)).status())
                .isEqualTo(200);
        Client.Response collision = put(bob, id, draft("Collide", "select 'bob'", 1));

        assertThat(collision.status()).isEqualTo(409);
        assertThat(collision.header("Content-Type")).startsWith("application/problem+json");
        assertThat(collision.json().get("detail").asText()).contains("version 2");
        assertThat(collision.json().get("current").get("sql").asText()).isEqualTo("select 'alice'");
        assertThat(collision.json().get("yours").get("sql").asText()).isEqualTo("select 'bob'");
        assertThat(bob.get(BASE + "/" + id).json().get("sql").asText()).isEqualTo("select 'alice'");
    }

    @Test
    void theLibraryIsExportedAndImportedAsOneFileMergingById() {
        Client client = loggedIn();
        String marker = unique();
        String kept = create(client, "Kept " + marker, "select 'kept'", null, null);
        String changed = create(client, "Changed " + marker, "select 'old'", null, null);
        put(client, changed, draft("Changed " + marker, "select 'older'", 1));

        Client.Response export = client.get(BASE + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        ObjectNode file = (ObjectNode) export.json();

        put(client, changed, draft("Changed " + marker, "select 'newer here'", 2));
        delete(client, kept);

        JsonNode report = client.postJson(BASE + "/import", file.toString()).json();
        assertThat(report.get("created").toString()).contains(kept);
        assertThat(report.get("updated").toString()).contains(changed);

        JsonNode restoredKept = client.get(BASE + "/" + kept).json();
        assertThat(restoredKept.get("sql").asText()).isEqualTo("select 'kept'");
        assertThat(client.get(BASE + "/" + changed).json().get("sql").asText()).isEqualTo("select 'older'");
        assertThat(client.get(BASE + "/" + changed + "/versions").json().get("items"))
                .hasSize(4);

        JsonNode again = client.postJson(BASE + "/import", file.toString()).json();
        assertThat(again.get("unchanged").toString()).contains(kept, changed);
        assertThat(again.get("created")).isEmpty();
        assertThat(again.get("updated")).isEmpty();
    }

    /** Storage keeps files for 7 days in the test deployment; a query saved a month ago is not a file there. */
    @Test
    void theStorageSweepNeverRemovesSavedQueries() {
        Client client = loggedIn();
        String id = UUID.randomUUID().toString();
        String file = "{\"format\": \"pgdeck-saved-queries\", \"queries\": [{\"id\": \"" + id
                + "\", \"versions\": [{\"version\": 1, \"name\": \"Old " + id + "\", \"sql\": \"select 'old'\","
                + " \"updatedAt\": \"2020-01-01T00:00:00Z\"}]}]}";
        assertThat(client.postJson(BASE + "/import", file).status()).isEqualTo(200);

        Runnable sweep = scheduled.getScheduledTasks().stream()
                .map(ScheduledTask::getTask)
                .map(task -> task.getRunnable())
                .filter(task -> task.toString().contains("StorageRetention.sweep"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled storage sweep"));
        sweep.run();

        JsonNode kept = client.get(BASE + "/" + id).json();
        assertThat(kept.get("sql").asText()).isEqualTo("select 'old'");
        assertThat(kept.get("updatedAt").asText()).isEqualTo("2020-01-01T00:00:00Z");
        assertThat(names(client.get(BASE + "?q=" + id).json())).containsExactly("Old " + id);
    }

    /** The link Copy link gives (see api.ts): opened logged out, it leads to the login, which comes back to it. */
    @Test
    void aLinkOpenedLoggedOutIsWhereTheLoginGoesAndNothingElseIs() {
        Client client = anonymous();
        String link = "/?saved-query=" + UUID.randomUUID();
        Client.Response asked = client.send(HttpRequest.newBuilder(client.uri(link))
                .header("Accept", "text/html")
                .GET());
        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.header("Location")).endsWith("/login");
        assertThat(client.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .endsWith(link);

        Client other = anonymous();
        other.send(HttpRequest.newBuilder(other.uri(BASE + "?q=x")).GET());
        assertThat(other.login(Deployments.TEAM_LOGIN, Deployments.TEAM_LOGIN_PASSWORD))
                .as("an API call is never where a login goes")
                .endsWith("/")
                .doesNotContain("api");
    }

    @Test
    void badInputIsAProblemWithADetail() {
        Client client = loggedIn();
        assertProblem(client.postJson(BASE, "{\"sql\": \"select 1\"}"), 400, "name");
        assertProblem(client.postJson(BASE, "{\"name\": \"no sql\"}"), 400, "sql");
        assertProblem(client.postJson(BASE, "{\"name\": \"t\", \"sql\": \"\", \"tags\": [\"a,b\"]}"), 400, "comma");
        assertProblem(client.get(BASE + "/" + UUID.randomUUID()), 404, "No saved query");
        assertProblem(client.postJson(BASE + "/import", "{\"queries\": []}"), 400, "pgdeck library file");
        assertProblem(
                client.postJson(
                        BASE + "/import",
                        "{\"format\": \"pgdeck-saved-queries\", \"queries\": [{\"id\": \"x\", \"versions\": []}]}"),
                400,
                "UUID");
        String undated = "{\"format\": \"pgdeck-saved-queries\", \"queries\": [{\"id\": \"" + UUID.randomUUID()
                + "\", \"versions\": [{\"version\": 1, \"name\": \"n\", \"sql\": \"\", \"updatedAt\": \"last tuesday\"}]}]}";
        assertProblem(client.postJson(BASE + "/import", undated), 400, "ISO-8601");
    }

    private static void assertProblem(Client.Response response, int status, String detail) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detail);
    }

    private static String create(Client client, String name, String sql, String folder, String tag) {
        ObjectNode body = draft(name, sql, null).put("database", "postgres");
        if (folder != null) {
            body.put("folder", folder);
        }
        if (tag != null) {
            body.putArray("tags").add(tag);
        }
        Client.Response created = client.postJson(BASE, body.toString());
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static ObjectNode draft(String name, String sql, Integer version) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("sql", sql);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Client.Response put(Client client, String id, ObjectNode body) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(BASE + "/" + id)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static Client.Response delete(Client client, String id) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(BASE + "/" + id)))
                .DELETE());
    }

    private static java.util.List<String> names(JsonNode list) {
        java.util.List<String> names = new java.util.ArrayList<>();
        list.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
