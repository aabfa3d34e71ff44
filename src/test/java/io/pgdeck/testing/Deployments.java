package io.pgdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The settings of each deployment shape, pointed at the shared test server, each with its own state directory. */
public final class Deployments {

    public static final String TEAM_LOGIN = "team";
    public static final String TEAM_LOGIN_PASSWORD = "correct horse battery staple";

    private Deployments() {}

    public static void singleTenant(DynamicPropertyRegistry registry) {
        common(registry, "single");
        registry.add("pgdeck.server.username", () -> TestPostgres.SUPERUSER);
        registry.add("pgdeck.server.password", () -> "");
        registry.add("pgdeck.server.database", () -> "postgres");
        registry.add("pgdeck.deployment.environment", () -> "staging");
        registry.add("pgdeck.deployment.tenancy", () -> "single");
    }

    public static void multiTenant(DynamicPropertyRegistry registry) {
        common(registry, "multi");
        registry.add("pgdeck.server.username", () -> TestPostgres.TEAM_ROLE);
        registry.add("pgdeck.server.password", () -> TestPostgres.TEAM_PASSWORD);
        registry.add("pgdeck.server.database", () -> TestPostgres.TEAM_DATABASE);
        registry.add("pgdeck.deployment.environment", () -> "staging");
        registry.add("pgdeck.deployment.tenancy", () -> "multi");
        registry.add("pgdeck.deployment.impact-level", () -> "IL4");
    }

    public static void production(DynamicPropertyRegistry registry) {
        common(registry, "production");
        registry.add("pgdeck.server.username", () -> TestPostgres.READER_ROLE);
        registry.add("pgdeck.server.password", () -> TestPostgres.READER_PASSWORD);
        registry.add("pgdeck.server.database", () -> TestPostgres.PRODUCTION_DATABASE);
        registry.add("pgdeck.deployment.environment", () -> "production");
        registry.add("pgdeck.deployment.tenancy", () -> "multi");
        registry.add("pgdeck.deployment.impact-level", () -> "IL5");
    }

    private static void common(DynamicPropertyRegistry registry, String shape) {
        Path state = tempDirectory("pgdeck-" + shape + "-");
        registry.add("pgdeck.server.host", () -> "127.0.0.1");
        registry.add("pgdeck.server.port", TestPostgres::port);
        registry.add("pgdeck.server.sslmode", () -> "disable");
        registry.add("pgdeck.state.dir", state::toString);
        registry.add("pgdeck.storage.dir", () -> state.resolve("storage").toString());
        registry.add("pgdeck.account.password", () -> TEAM_LOGIN_PASSWORD);
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
