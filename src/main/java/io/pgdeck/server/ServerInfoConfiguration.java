package io.pgdeck.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServerInfoConfiguration {

    @Bean
    ServerInfo serverInfo(ServerConnections connections) {
        return ServerInfo.read(connections);
    }
}
