package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's facts, read once at start, and what the deployment may do given them. */
@Configuration(proxyBeanMethods = false)
class ServerInfoConfiguration {

    @Bean
    ServerInfo serverInfo(ServerConnections connections) {
        return ServerInfo.read(connections);
    }

    @Bean
    Capabilities capabilities(DeploymentSettings settings, ServerInfo server) {
        return Capabilities.derive(settings, server.rolePowers());
    }
}
