package io.pgdeck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.testing.Client;
import io.pgdeck.testing.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Behind the platform's SSO proxy: the person it names, believed only from a trusted address, is everywhere. */
class IdentityTest extends IdentityContext {

    @Autowired
    ServerConnections connections;

    private Client as(String person) {
        Client client = anonymous();
        client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header(HEADER, person)
                .GET());
        return client;
    }

    private Client.Response send(Client client, String person, HttpRequest.Builder request) {
        return client.send(client.withCsrf(request).header(HEADER, person));
    }

    @Test
    void thePersonIsInEveryRecordAndInPgStatActivity() {
        String person = "ada." + UUID.randomUUID().toString().substring(0, 8) + "@agency.gov";
        Client client = loggedIn();
        String sql = "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()";
        Client.Response result = send(
                client,
                person,
                HttpRequest.newBuilder(client.uri("/api/v1/databases/postgres/query"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sql\":\"" + sql + "\"}")));

        assertThat(result.json().get("results").get(0).get("rows").get(0).get(0).asString())
                .isEqualTo("pgdeck/" + person);
        JsonNode record = send(
                        client,
                        person,
                        HttpRequest.newBuilder(
                                        client.uri("/api/v1/audit?kind=statement&q=" + AuditTrail.encode(person)))
                                .GET())
                .json()
                .get("items")
                .get(0);
        assertThat(record.get("person").asString()).isEqualTo(person);
        JsonNode session = send(
                        client,
                        person,
                        HttpRequest.newBuilder(client.uri("/api/v1/session")).GET())
                .json();
        assertThat(session.get("person").asString()).isEqualTo(person);
        assertThat(session.get("username").asString()).isEqualTo(Deployments.TEAM_LOGIN);
    }

    @Test
    void pooledConnectionsAreRelabelledForWhoeverUsesThemNext() throws SQLException {
        String first = applicationNameAs(new Actor("grace@agency.gov", "127.0.0.1", null));
        String second = applicationNameAs(new Actor("linus <root>; DROP", "127.0.0.1", null));
        String nobody = applicationNameAs(Actor.SYSTEM);

        assertThat(first).isEqualTo("pgdeck/grace@agency.gov");
        assertThat(second).isEqualTo("pgdeck/linus__root___DROP");
        assertThat(nobody).isEqualTo("pgdeck");
    }

    private String applicationNameAs(Actor actor) throws SQLException {
        try (Actor.Scope scope = Actor.enter(actor);
                Connection connection = connections.open("postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aHeaderFromAnUntrustedAddressIsIgnoredAndAudited() throws IOException {
        Client client = loggedIn();
        String session = client.cookie("JSESSIONID");
        String claimed = "mallory." + UUID.randomUUID().toString().substring(0, 8) + "@agency.gov";

        String answer = fromOtherAddress("GET /api/v1/session HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID="
                + session + "\r\n" + HEADER + ": " + claimed + "\r\nConnection: close\r\n\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .contains("\"person\":null")
                .doesNotContain(claimed + "\"}");
        JsonNode record = AuditTrail.newest(client, "identity", "untrusted");
        assertThat(AuditTrail.records(client, "kind=identity&q=" + AuditTrail.encode(claimed)))
                .singleElement()
                .satisfies(spoof -> {
                    assertThat(spoof.get("outcome").asString()).isEqualTo("denied");
                    assertThat(spoof.get("clientAddress").asString()).isEqualTo("127.0.0.2");
                    assertThat(spoof.get("detail").get("from").asString()).isEqualTo("127.0.0.2");
                    assertThat(spoof.get("detail").get("claimed").asString()).isEqualTo(claimed);
                    assertThat(spoof.has("person")).isFalse();
                });
        assertThat(record).isNotNull();
    }

    /** HTTP from 127.0.0.2, another address of this machine (the JDK's HTTP client cannot choose its own). */
    private String fromOtherAddress(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
