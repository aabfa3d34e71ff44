package io.pgdeck.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code pgdeck.session.*}: how long a session may sit idle, and how long it may last at all. */
@ConfigurationProperties("pgdeck.session")
record SessionProperties(
        @DefaultValue("15m") Duration idleTimeout,
        @DefaultValue("12h") Duration maxAge) {}
