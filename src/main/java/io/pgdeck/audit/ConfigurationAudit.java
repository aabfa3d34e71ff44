package io.pgdeck.audit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.stereotype.Component;

/**
 * Records the configuration pgdeck started with: every {@code pgdeck.*} setting and the HTTP port, from wherever it
 * came. A secret (password, hash, key, token) is recorded only as being set, never its value.
 */
@Component
final class ConfigurationAudit {

    private static final Pattern SECRET = Pattern.compile("password|secret|hash|token|key|credential");

    private final Audit audit;
    private final ConfigurableEnvironment environment;

    ConfigurationAudit(Audit audit, ConfigurableEnvironment environment) {
        this.audit = audit;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordAtStart() {
        Actor.runAs(
                Actor.SYSTEM,
                () -> audit.record(
                        "configuration", Audit.SUCCESS, null, "pgdeck started", Map.of("settings", settings())));
    }

    Map<String, String> settings() {
        Map<String, String> settings = new TreeMap<>();
        for (var source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    String key = canonical(name);
                    if ((key.startsWith("pgdeck.") || key.equals("server.port")) && !settings.containsKey(key)) {
                        settings.put(key, shown(key, environment.getProperty(name)));
                    }
                }
            }
        }
        return settings;
    }

    /** {@code PGDECK_SERVER_HOST} and {@code pgdeck.server.host} are the same setting. */
    private static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals(name.toUpperCase(Locale.ROOT)) ? lower.replace('_', '.') : lower;
    }

    private static String shown(String key, String value) {
        if (SECRET.matcher(key).find()) {
            return value == null || value.isEmpty() ? "(empty)" : "(set)";
        }
        return value;
    }
}
