package io.pgdeck.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.Client.Response;
import java.net.http.HttpRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One Query Tool session driven through the HTTP API, as the page drives it. */
final class SessionClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Client http;
    final String id;

    private SessionClient(Client http, String id) {
        this.http = http;
        this.id = id;
    }

    static SessionClient open(Client http, String database) {
        Response created = http.postJson("/api/v1/databases/" + database + "/query-sessions", "{}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new SessionClient(http, created.json().get("id").asString());
    }

    String path() {
        return "/api/v1/query-sessions/" + id;
    }

    Response executeResponse(String sql, Integer pageSize) {
        ObjectNode body = JSON.createObjectNode().put("sql", sql);
        if (pageSize != null) {
            body.put("pageSize", pageSize);
        }
        return http.postJson(path() + "/executions", body.toString());
    }

    JsonNode execute(String sql) {
        return execute(sql, null);
    }

    JsonNode execute(String sql, Integer pageSize) {
        Response response = executeResponse(sql, pageSize);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode rows(String resultId, long offset, int limit) {
        Response response = http.get(path() + "/results/" + resultId + "/rows?offset=" + offset + "&limit=" + limit);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    Response export(String resultId, String format) {
        return http.get(path() + "/results/" + resultId + "/export?format=" + format);
    }

    Response post(String action, String json) {
        return http.postJson(path() + "/" + action, json);
    }

    Response patch(String json) {
        return http.send(http.withCsrf(HttpRequest.newBuilder(http.uri(path())))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Response delete() {
        return http.send(http.withCsrf(HttpRequest.newBuilder(http.uri(path()))).DELETE());
    }

    /** The backend process id of the session's connection. */
    int backendPid() {
        return execute("SELECT pg_backend_pid()").at("/results/0/rows/0/0").asInt();
    }
}
