package io.pgdeck.server;

import io.pgdeck.deployment.InvalidSettingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deployment shapes the embedded default can play on a laptop ({@code --demo multi-tenant}): each has its own
 * data directory, the roles and databases that shape needs, and the deployment settings that go with it.
 */
enum DemoShape {
    SINGLE_TENANT("postgres", "postgres", "postgres", Map.of()),
    MULTI_TENANT(
            "postgres-multi-tenant",
            "demo_team",
            "demo",
            Map.of("pgdeck.deployment.tenancy", "multi", "pgdeck.deployment.impact-level", "IL4")),
    PRODUCTION(
            "postgres-production",
            "demo_reader",
            "demo",
            Map.of(
                    "pgdeck.deployment.environment", "production",
                    "pgdeck.deployment.tenancy", "multi",
                    "pgdeck.deployment.impact-level", "IL5"));

    static final String PROPERTY = "pgdeck.demo";

    final String dataDirectory;
    final String role;
    final String database;
    final Map<String, Object> settings;

    DemoShape(String dataDirectory, String role, String database, Map<String, Object> settings) {
        this.dataDirectory = dataDirectory;
        this.role = role;
        this.database = database;
        this.settings = settings;
    }

    static DemoShape parse(String value) {
        String wanted = value == null ? "single-tenant" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(shape -> shape.label().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidSettingException(
                        PROPERTY,
                        "'" + value + "' is not a demo shape",
                        "set it to "
                                + Arrays.stream(values()).map(DemoShape::label).collect(Collectors.joining(", "))));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
