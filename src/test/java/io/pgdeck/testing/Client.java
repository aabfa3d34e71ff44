package io.pgdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An HTTP client that behaves like the browser: keeps cookies, sends the CSRF header, follows no redirects. */
public final class Client {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String baseUrl;
    private final CookieManager cookies;
    private final HttpClient http;

    Client(String baseUrl) {
        this(baseUrl, new CookieManager());
    }

    private Client(String baseUrl, CookieManager cookies) {
        this.baseUrl = baseUrl;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A fresh client of the pgdeck at {@code baseUrl}, with no cookies yet. */
    public static Client at(String baseUrl) {
        return new Client(baseUrl);
    }

    /** The same browser talking to another address (another replica, the proxy): the same cookies go along. */
    public Client on(String otherBaseUrl) {
        return new Client(otherBaseUrl, cookies);
    }

    /** Logs in through the real login form; answers where the form redirected. */
    public String login(String username, String password) {
        return submitLogin(username, password).header("Location");
    }

    /** Fills in and posts the login form as a browser would, with the CSRF field the page carries. */
    public Response submitLogin(String username, String password) {
        Response page = get("/login");
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("login page has no CSRF field: " + page.body());
        }
        Map<String, String> form =
                new java.util.HashMap<>(Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
        if (page.body().contains("name=\"consent\"")) {
            // Where the deployment shows a notice-and-consent banner, the person accepts it.
            form.put("consent", "on");
        }
        return postForm("/login", form);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response postJson(String path, String json) {
        return send(withCsrf(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Runs {@code sql} through the one-shot query API in {@code database}. */
    public Response query(String database, String sql) {
        return postJson(
                "/api/v1/databases/" + database + "/query",
                JSON.createObjectNode().put("sql", sql).toString());
    }

    public Response postJsonWithoutCsrf(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
        String token = cookie("XSRF-TOKEN");
        return token == null ? request : request.header("X-XSRF-TOKEN", token);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
