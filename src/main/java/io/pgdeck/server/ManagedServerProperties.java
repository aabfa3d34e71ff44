package io.pgdeck.server;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The raw {@code pgdeck.server.*} values. When {@code host} is unset the embedded default server starts. */
@ConfigurationProperties("pgdeck.server")
record ManagedServerProperties(
        @DefaultValue("PostgreSQL") String name,
        String host,
        @DefaultValue("5432") int port,
        @DefaultValue("postgres") String database,
        String username,
        String password,
        Path passwordFile,
        @DefaultValue("prefer") String sslmode,
        @DefaultValue("5m") Duration statementTimeout,
        @DefaultValue("10m") Duration idleInTransactionTimeout,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("4") int poolSize,
        @DefaultValue("20") int maxConnections) {

    boolean embedded() {
        return host == null || host.isBlank();
    }
}
