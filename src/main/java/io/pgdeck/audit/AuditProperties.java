package io.pgdeck.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code pgdeck.audit.*}: how long records are kept. */
@ConfigurationProperties("pgdeck.audit")
record AuditProperties(@DefaultValue("365d") Duration retention) {}
