package io.pgdeck.deployment;

import io.pgdeck.server.ServerInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

    @Bean
    DeploymentSettings deploymentSettings(DeploymentProperties properties) {
        return DeploymentSettings.from(properties);
    }

    @Bean
    Capabilities capabilities(DeploymentSettings settings, ServerInfo server) {
        return Capabilities.derive(settings, server.rolePowers());
    }
}
