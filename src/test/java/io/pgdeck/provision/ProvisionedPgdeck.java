package io.pgdeck.provision;

import io.pgdeck.PgdeckApplication;
import io.pgdeck.testing.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * pgdeck started from what provision wrote, as a container would start it: {@code pgdeck.env}'s variables as the
 * process environment, plus only a state folder and a free port.
 */
final class ProvisionedPgdeck implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    ProvisionedPgdeck(Path output) {
        Map<String, Object> environment =
                new HashMap<>(ProvisionOutput.readEnv(output.resolve(ProvisionOutput.ENV_FILE)));
        try {
            environment.put(
                    "PGDECK_STATE_DIR",
                    Files.createTempDirectory("pgdeck-provisioned-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        environment.put("SERVER_PORT", "0");
        context = new SpringApplicationBuilder(PgdeckApplication.class)
                .initializers(started -> started.getEnvironment()
                        .getPropertySources()
                        .addFirst(
                                // Named so Spring maps PGDECK_SERVER_HOST to pgdeck.server.host, as for the real
                                // environment.
                                new SystemEnvironmentPropertySource("pgdeck.env-systemEnvironment", environment)))
                .run();
    }

    Client login(String password) {
        Client client = Client.at("http://localhost:" + context.getEnvironment().getProperty("local.server.port"));
        String landing = client.login("team", password);
        if (landing == null || landing.contains("error")) {
            throw new IllegalStateException("the team password did not log in: " + landing);
        }
        client.get("/api/v1/deployment");
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
