package io.pgdeck.server;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no managed server configured, {@code pgdeck.demo} chooses the deployment shape the embedded default plays. Its
 * settings are defaults only: anything configured explicitly wins.
 */
final class DemoDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String host = environment.getProperty("pgdeck.server.host");
        if (host != null && !host.isBlank()) {
            return;
        }
        DemoShape shape = DemoShape.parse(environment.getProperty(DemoShape.PROPERTY));
        environment.getPropertySources().addLast(new MapPropertySource("pgdeck-demo", shape.settings));
    }
}
