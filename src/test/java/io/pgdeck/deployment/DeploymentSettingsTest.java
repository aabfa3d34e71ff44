package io.pgdeck.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdeck.deployment.Capabilities.RolePowers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploymentSettingsTest {

    private static final RolePowers SUPERUSER = new RolePowers(true, true, true);
    private static final RolePowers PLAIN_ROLE = new RolePowers(false, false, false);

    @Test
    void readsTheDefaultsAsStagingSingleTenantIl2() {
        DeploymentSettings settings = DeploymentSettings.from(new DeploymentProperties("staging", "single", "IL2"));

        assertThat(settings).isEqualTo(new DeploymentSettings(Environment.STAGING, Tenancy.SINGLE, ImpactLevel.IL2));
    }

    @Test
    void acceptsAnyCaseAndSurroundingSpaces() {
        DeploymentSettings settings = DeploymentSettings.from(new DeploymentProperties(" Production ", "MULTI", "il5"));

        assertThat(settings).isEqualTo(new DeploymentSettings(Environment.PRODUCTION, Tenancy.MULTI, ImpactLevel.IL5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "prod    | single | IL2 | pgdeck.deployment.environment | set it to staging or production",
                "staging | shared | IL2 | pgdeck.deployment.tenancy     | set it to multi or single",
                "staging | single | IL3 | pgdeck.deployment.impact-level | set it to il2 or il4 or il5",
                "''      | single | IL2 | pgdeck.deployment.environment | set it to staging or production",
            })
    void refusesAnUnknownValueWithOneLineNamingThePropertyAndTheFix(
            String environment, String tenancy, String impactLevel, String property, String fix) {
        assertThatThrownBy(() -> DeploymentSettings.from(new DeploymentProperties(environment, tenancy, impactLevel)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(property + ": ")
                .hasMessageContaining(fix)
                .hasMessageNotContaining("\n");
    }

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
        DeploymentSettings settings = DeploymentSettings.from(new DeploymentProperties(environment, tenancy, "IL2"));

        Capabilities capabilities = Capabilities.derive(settings, superuser ? SUPERUSER : PLAIN_ROLE);

        assertThat(capabilities).isEqualTo(new Capabilities(write, backup, restore, createDatabase, createRole));
    }

    @Test
    void productionStripIsRedAndSaysReadOnly() {
        EnvironmentStrip strip =
                EnvironmentStrip.of(new DeploymentSettings(Environment.PRODUCTION, Tenancy.MULTI, ImpactLevel.IL4));

        assertThat(strip.text()).contains("PRODUCTION").contains("READ-ONLY").contains("IL4");
        assertThat(strip.color()).isEqualTo("#b91c1c");
    }
}
