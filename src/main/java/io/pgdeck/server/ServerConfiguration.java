package io.pgdeck.server;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.InvalidSettingException;
import io.pgdeck.state.StateProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    private static final Set<String> SERVER_DATABASES = Set.of("postgres", "template0", "template1");

    /** Takes the validated deployment so that a wrong setting stops the start before any server is launched. */
    @Bean(destroyMethod = "close")
    EmbeddedDefault embeddedDefault(
            ManagedServerProperties properties,
            StateProperties state,
            DeploymentSettings validated,
            @Value("${" + DemoShape.PROPERTY + ":single-tenant}") String demo) {
        return EmbeddedDefault.startIfUnconfigured(properties, state, DemoShape.parse(demo));
    }

    @Bean
    ServerEndpoint serverEndpoint(
            ManagedServerProperties properties, DeploymentSettings deployment, EmbeddedDefault embedded) {
        if (embedded.running()) {
            return embedded.endpoint(properties.name());
        }
        if (properties.username() == null || properties.username().isBlank()) {
            throw new InvalidSettingException(
                    "pgdeck.server.username",
                    "is required when pgdeck.server.host is set",
                    "set it to the role pgdeck connects as");
        }
        if (deployment.isMultiTenant() && SERVER_DATABASES.contains(properties.database())) {
            throw new InvalidSettingException(
                    "pgdeck.server.database",
                    "multi-tenant needs the team's own database, not '" + properties.database() + "'",
                    "set it to the database provisioned for this team");
        }
        return new ServerEndpoint(
                properties.name(),
                properties.host(),
                properties.port(),
                properties.database(),
                properties.username(),
                password(properties),
                properties.sslmode());
    }

    private static String password(ManagedServerProperties properties) {
        if (properties.passwordFile() == null) {
            return properties.password() == null ? "" : properties.password();
        }
        try {
            return Files.readString(properties.passwordFile()).strip();
        } catch (IOException e) {
            throw new InvalidSettingException(
                    "pgdeck.server.password-file",
                    "cannot be read (" + e.getMessage() + ")",
                    "point it at a file readable by pgdeck that holds the password");
        }
    }
}
