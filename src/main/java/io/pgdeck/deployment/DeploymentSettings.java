package io.pgdeck.deployment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of deployment this is, validated once at start. */
public record DeploymentSettings(Environment environment, Tenancy tenancy, ImpactLevel impactLevel) {

    static DeploymentSettings from(DeploymentProperties properties) {
        return new DeploymentSettings(
                parse("pgdeck.deployment.environment", properties.environment(), Environment.class),
                parse("pgdeck.deployment.tenancy", properties.tenancy(), Tenancy.class),
                parse("pgdeck.deployment.impact-level", properties.impactLevel(), ImpactLevel.class));
    }

    public boolean isProduction() {
        return environment == Environment.PRODUCTION;
    }

    public boolean isMultiTenant() {
        return tenancy == Tenancy.MULTI;
    }

    private static <E extends Enum<E>> E parse(String property, String value, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(property, "is empty", "set it to " + allowed);
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidSettingException(property, "'" + value + "' is not known", "set it to " + allowed);
        }
    }
}
