package io.pgdeck.server;

import java.sql.Connection;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness: pgdeck is ready for its team only while the managed server answers. Liveness does not include it (a
 * database outage must not make the platform restart pgdeck, which would not help).
 */
@Component("managedServer")
final class ManagedServerHealth implements HealthIndicator {

    private final ServerConnections connections;

    ManagedServerHealth(ServerConnections connections) {
        this.connections = connections;
    }

    @Override
    public Health health() {
        String database = connections.defaultDatabase();
        try (Connection connection = connections.open(database)) {
            return connection.isValid(2)
                    ? Health.up().withDetail("database", database).build()
                    : Health.down()
                            .withDetail("reason", "the server did not answer in 2 s")
                            .build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
