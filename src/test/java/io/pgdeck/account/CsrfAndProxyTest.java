package io.pgdeck.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token is the session's, not whatever cookie comes along; unsafe calls that fail the check answer the API's
 * problem+json; forwarded headers count only from the trusted proxy, and no Host header is reflected.
 */
class CsrfAndProxyTest extends SingleTenantTest {

    @Test
    void aPlantedCsrfCookieWithTheSameHeaderIsRefused() {
        Client client = loggedIn();
        HttpRequest.Builder planted = HttpRequest.newBuilder(client.uri("/api/v1/files/directories?path=planted-csrf"))
                .header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=chosen-by-attacker")
                .header("X-XSRF-TOKEN", "chosen-by-attacker")
                .POST(HttpRequest.BodyPublishers.noBody());

        Client.Response refused = Client.at(baseUrl()).send(planted);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("CSRF token");
    }

    @Test
    void aPlantedCookieAndParameterDoNotPassAMultipartUpload() {
        Client client = loggedIn();
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nowned\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder upload = HttpRequest.newBuilder(client.uri("/api/v1/files/upload?path=&_csrf=chosen"))
                .header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=chosen")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));

        assertThat(Client.at(baseUrl()).send(upload).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/files?path=").body()).doesNotContain("\"x.txt\"");
    }

    @Test
    void anUnsafeCallWithoutASessionAsksToLogIn() {
        Client.Response response =
                anonymous().postJsonWithoutCsrf("/api/v1/databases/shop/query", "{\"sql\":\"select 1\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnoredAndNoHostIsReflected() throws IOException {
        String redirect = rawGet(
                "127.0.0.2",
                "/",
                "Host: evil.example\r\nX-Forwarded-Host: evil.example\r\n" + "X-Forwarded-Proto: https\r\n");
        assertThat(redirect).startsWith("HTTP/1.1 302");
        assertThat(location(redirect)).isEqualTo("/login").doesNotContain("evil");

        String login = rawGet("127.0.0.2", "/login", "Host: localhost\r\nX-Forwarded-Proto: https\r\n");
        assertThat(login).containsIgnoringCase("Set-Cookie: JSESSIONID=").doesNotContainIgnoringCase("; Secure");
    }

    @Test
    void forwardedHeadersFromTheTrustedProxyCount() throws IOException {
        String login = rawGet("127.0.0.1", "/login", "Host: localhost\r\nX-Forwarded-Proto: https\r\n");

        assertThat(login).containsIgnoringCase("; Secure");
    }

    @Test
    void aSubPathCountsOnlyFromTheTrustedProxy() throws IOException {
        String prefixed = "Host: localhost\r\nX-Forwarded-Prefix: /team-a/pgdeck\r\n";

        String trusted = rawGet("127.0.0.1", "/", prefixed);
        assertThat(location(trusted)).isEqualTo("/team-a/pgdeck/login");
        String login = rawGet("127.0.0.1", "/login", prefixed);
        assertThat(login).containsIgnoringCase("Path=/team-a/pgdeck");

        String untrusted = rawGet("127.0.0.2", "/", prefixed);
        assertThat(location(untrusted)).isEqualTo("/login");
        assertThat(rawGet("127.0.0.2", "/login", prefixed)).doesNotContain("team-a");

        String smuggled = rawGet("127.0.0.1", "/", "Host: localhost\r\nX-Forwarded-Prefix: //evil.example/x\r\n");
        assertThat(location(smuggled)).isEqualTo("/login");
    }

    /** A GET from {@code clientAddress}, as another machine's proxy (or attacker) would send it. */
    private String rawGet(String clientAddress, String path, String headers) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String location(String response) {
        return response.lines()
                .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .map(line -> line.substring(9).strip())
                .findFirst()
                .orElse("");
    }
}
