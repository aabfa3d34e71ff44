package io.pgdeck.deployment;

/**
 * The strip at the top of every page that tells auditors and users where they are. Production is always red and says
 * READ-ONLY; staging takes the impact level's colour.
 */
public record EnvironmentStrip(String text, String color) {

    public static EnvironmentStrip of(DeploymentSettings settings) {
        if (settings.isProduction()) {
            return new EnvironmentStrip(settings.impactLevel() + " · PRODUCTION · READ-ONLY", "#b91c1c");
        }
        String color = switch (settings.impactLevel()) {
            case IL2 -> "#15803d";
            case IL4 -> "#1d4ed8";
            case IL5 -> "#6d28d9";
        };
        return new EnvironmentStrip(settings.impactLevel() + " · STAGING · read/write", color);
    }
}
