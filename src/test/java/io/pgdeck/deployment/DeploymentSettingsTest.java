package io.pgdeck.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploymentSettingsTest {

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

    @Test
    void productionStripIsRedAndSaysReadOnly() {
        EnvironmentStrip strip =
                EnvironmentStrip.of(new DeploymentSettings(Environment.PRODUCTION, Tenancy.MULTI, ImpactLevel.IL4));

        assertThat(strip.text()).contains("PRODUCTION").contains("READ-ONLY").contains("IL4");
        assertThat(strip.color()).isEqualTo("#b91c1c");
    }
}
