package io.pgdeck.deployment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeploymentConfiguration {

    @Bean
    DeploymentSettings deploymentSettings(DeploymentProperties properties) {
        return DeploymentSettings.from(properties);
    }
}
