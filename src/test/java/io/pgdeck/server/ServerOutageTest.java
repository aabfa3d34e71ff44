package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.Environment;
import io.pgdeck.deployment.ImpactLevel;
import io.pgdeck.deployment.Tenancy;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A server of its own that goes away and comes back, so the shared one is never stopped. */
class ServerOutageTest {

    @Test
    void aRequestDuringAnOutageFailsClearlyAndTheNextOneAfterItWorks() throws Exception {
        Path data = Files.createTempDirectory("pgdeck-outage-");
        EmbeddedPostgres server = start(data, 0);
        int port = server.getPort();
        ServerConnections connections = connectionsTo(port);
        ManagedServerHealth readiness = new ManagedServerHealth(connections);
        try {
            assertThat(selectOne(connections)).isEqualTo(1);
            assertThat(readiness.health().getStatus().getCode()).isEqualTo("UP");

            server.close();
            assertThat(readiness.health().getStatus().getCode())
                    .as("not ready while the managed server is gone")
                    .isEqualTo("DOWN");
            long started = System.nanoTime();
            assertThatThrownBy(() -> selectOne(connections))
                    .isInstanceOf(ServerUnavailableException.class)
                    .hasMessageContaining("not reachable");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

            server = start(data, port);
            assertThat(selectOne(connections)).isEqualTo(1);
            assertThat(readiness.health().getStatus().getCode()).isEqualTo("UP");
        } finally {
            connections.destroy();
            server.close();
        }
    }

    private static int selectOne(ServerConnections connections) throws Exception {
        try (Connection connection = connections.open("postgres");
                ResultSet row = connection.createStatement().executeQuery("SELECT 1")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    private static ServerConnections connectionsTo(int port) {
        ServerEndpoint endpoint =
                new ServerEndpoint("outage", "localhost", port, "postgres", "postgres", "", "disable");
        ManagedServerProperties properties = new ManagedServerProperties(
                "outage",
                "localhost",
                port,
                "postgres",
                "postgres",
                "",
                null,
                "disable",
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                Duration.ofSeconds(2),
                2,
                20);
        return new ServerConnections(
                endpoint, properties, new DeploymentSettings(Environment.STAGING, Tenancy.SINGLE, ImpactLevel.IL2));
    }
}
