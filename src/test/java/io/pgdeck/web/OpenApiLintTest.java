package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI description as a third party meets it: it passes Redocly's recommended rules with no error. */
class OpenApiLintTest extends SingleTenantTest {

    private static final Path REDOCLY = Path.of("frontend/node_modules/@redocly/cli/bin/cli.js");

    @Test
    void servedDescriptionPassesTheRecommendedLintRules() throws IOException, InterruptedException {
        Client.Response description = loggedIn().get("/api/v1/openapi.json");
        assertThat(description.status()).isEqualTo(200);
        Path file = Files.createDirectories(Path.of("target")).resolve("openapi.json");
        Files.writeString(file, description.body(), StandardCharsets.UTF_8);

        ProcessBuilder lint = new ProcessBuilder(
                        "node",
                        REDOCLY.toString(),
                        "lint",
                        "--extends=recommended",
                        "--format=stylish",
                        file.toString())
                .redirectErrorStream(true);
        // The linter would otherwise report usage and look for updates over a network this machine may not reach.
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process linting = lint.start();
        String report = new String(linting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(linting.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(linting.exitValue()).as(report).isZero();
        assertThat(report).as(report).contains("Your API description is valid");
    }

    @Test
    void declaresTheSessionCookieAndTheCsrfHeaderAndProblemErrors() {
        JsonNode description = loggedIn().get("/api/v1/openapi.json").json();

        JsonNode schemes = description.get("components").get("securitySchemes");
        assertThat(schemes.get("session").get("in").asString()).isEqualTo("cookie");
        assertThat(schemes.get("csrf").get("name").asString()).isEqualTo("X-XSRF-TOKEN");
        JsonNode query =
                description.get("paths").get("/api/v1/databases/{db}/query").get("post");
        assertThat(query.get("summary").asString()).isNotBlank();
        assertThat(query.get("security").toString()).contains("session").contains("csrf");
        assertThat(query.get("responses").get("4XX").get("content").has("application/problem+json"))
                .isTrue();
    }
}
