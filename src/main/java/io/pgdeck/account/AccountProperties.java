package io.pgdeck.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The raw {@code pgdeck.account.*} values. */
@ConfigurationProperties("pgdeck.account")
record AccountProperties(
        @DefaultValue("team") String username,
        String passwordHash,
        String password,
        @DefaultValue("3") int maxLoginAttempts,
        @DefaultValue("15m") Duration lockout) {}
