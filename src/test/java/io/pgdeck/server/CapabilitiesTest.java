package io.pgdeck.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.deployment.Environment;
import io.pgdeck.deployment.ImpactLevel;
import io.pgdeck.deployment.Tenancy;
import io.pgdeck.server.Capabilities.RolePowers;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapabilitiesTest {

    private static final RolePowers SUPERUSER = new RolePowers(true, true, true);
    private static final RolePowers PLAIN_ROLE = new RolePowers(false, false, false);

    @ParameterizedTest
    @CsvSource({
        // environment, tenancy, superuser?, write, backup, restore, createDatabase, createRole
        "staging,    single, true,  true,  true,  true,  true,  true",
        "staging,    single, false, true,  true,  true,  false, false",
        "staging,    multi,  true,  true,  true,  true,  false, false",
        "staging,    multi,  false, true,  true,  true,  false, false",
        "production, single, true,  false, false, false, false, false",
        "production, multi,  false, false, false, false, false, false",
    })
    void derivesCapabilitiesFromTheDeploymentAndTheRole(
            String environment,
            String tenancy,
            boolean superuser,
            boolean write,
            boolean backup,
            boolean restore,
            boolean createDatabase,
            boolean createRole) {
        DeploymentSettings settings = new DeploymentSettings(
                Environment.valueOf(environment.toUpperCase(Locale.ROOT)),
                Tenancy.valueOf(tenancy.toUpperCase(Locale.ROOT)),
                ImpactLevel.IL2);

        Capabilities capabilities = Capabilities.derive(settings, superuser ? SUPERUSER : PLAIN_ROLE);

        assertThat(capabilities).isEqualTo(new Capabilities(write, backup, restore, createDatabase, createRole));
    }
}
