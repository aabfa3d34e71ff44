package io.pgdeck.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.net.http.HttpRequest;
import tools.jackson.databind.JsonNode;

/** A logged-in client that previews and runs the Object Explorer's catalog changes, as its dialogs do. */
record CatalogChangeClient(Client client) {

    Client.Response send(String method, String path, String json) {
        HttpRequest.BodyPublisher body =
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        return client.send(client.withCsrf(HttpRequest.newBuilder(client.uri(path)))
                .header("Content-Type", "application/json")
                .method(method, body));
    }

    /** The SQL the change would run, which it does not. */
    String preview(String method, String path, String json) {
        String separator = path.contains("?") ? "&" : "?";
        Client.Response response = send(method, path + separator + "preview=true", json);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("executed").asBoolean()).isFalse();
        return response.json().get("sql").asString();
    }

    JsonNode run(String method, String path, String json) {
        Client.Response response = send(method, path, json);
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        assertThat(response.json().get("executed").asBoolean()).isTrue();
        return response.json();
    }
}
