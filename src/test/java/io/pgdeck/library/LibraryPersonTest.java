package io.pgdeck.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.audit.IdentityContext;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Behind the SSO proxy, every version of a saved query names the person who saved it. */
class LibraryPersonTest extends IdentityContext {

    private static final String BASE = "/api/v1/saved-queries";

    @Test
    void eachVersionNamesThePersonWhoSavedItAndTheTeamWhenTheProxyNamesNoOne() {
        Client client = loggedIn();
        String marker = "person" + UUID.randomUUID().toString().substring(0, 8);
        String id = send(client, "ada@agency.gov", "POST", BASE, marker, "select 1", null)
                .json()
                .get("id")
                .asText();
        assertThat(send(client, "grace@agency.gov", "PUT", BASE + "/" + id, marker, "select 2", 1)
                        .status())
                .isEqualTo(200);
        assertThat(send(client, null, "PUT", BASE + "/" + id, marker, "select 3", 2)
                        .status())
                .isEqualTo(200);

        JsonNode versions = client.get(BASE + "/" + id + "/versions").json().get("items");
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("updatedBy").asText()).isEqualTo(Deployments.TEAM_LOGIN);
        assertThat(versions.get(1).get("updatedBy").asText()).isEqualTo("grace@agency.gov");
        assertThat(versions.get(2).get("updatedBy").asText()).isEqualTo("ada@agency.gov");
        assertThat(send(client, "ada@agency.gov", "POST", BASE + "/" + id + "/versions/2/restore", null, null, null)
                        .json()
                        .get("updatedBy")
                        .asText())
                .as("a restore is a save by whoever restores")
                .isEqualTo("ada@agency.gov");
    }

    /** A request as the proxy forwards it for {@code person} (none: the proxy names no one). */
    static Client.Response send(
            Client client, String person, String method, String path, String name, String sql, Integer base) {
        String body = name == null
                ? "{}"
                : "{\"name\": \"Saved " + name + "\", \"sql\": \"" + sql + "\""
                        + (base == null ? "" : ", \"version\": " + base) + "}";
        HttpRequest.Builder request = client.withCsrf(HttpRequest.newBuilder(client.uri(path)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (person != null) {
            request.header(HEADER, person);
        }
        return client.send(request);
    }
}
