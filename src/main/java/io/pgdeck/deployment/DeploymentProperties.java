package io.pgdeck.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The raw {@code pgdeck.deployment.*} values; {@link DeploymentSettings} is what the rest of pgdeck reads. */
@ConfigurationProperties("pgdeck.deployment")
record DeploymentProperties(
        @DefaultValue("staging") String environment,
        @DefaultValue("single") String tenancy,
        @DefaultValue("IL2") String impactLevel) {}
