package io.pgdeck.audit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The audit log's own stream: the logger {@code pgdeck.audit}, one JSON object per line on standard output with nothing
 * around it (no time or level prefix), and not repeated in pgdeck's ordinary log, so the platform's log collector can
 * ship it as it is. Each line starts with {@code {"stream":"pgdeck.audit"} to tell it from other lines.
 */
@Component
final class AuditStream {

    static final String LOGGER = "pgdeck.audit";
    private static final String APPENDER = "pgdeck-audit-json-lines";

    private final Logger logger = LoggerFactory.getLogger(LOGGER);

    AuditStream() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            ch.qos.logback.classic.Logger audit = context.getLogger(LOGGER);
            if (audit.getAppender(APPENDER) == null) {
                PatternLayoutEncoder encoder = new PatternLayoutEncoder();
                encoder.setContext(context);
                encoder.setPattern("%msg%n");
                encoder.start();
                ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
                appender.setName(APPENDER);
                appender.setContext(context);
                appender.setEncoder(encoder);
                appender.start();
                audit.addAppender(appender);
                audit.setAdditive(false);
                audit.setLevel(Level.INFO);
            }
        }
    }

    /** Writes one record's JSON; {@code stored} false says the state store does not hold it. */
    void write(String recordJson, boolean stored) {
        String line = "{\"stream\":\"pgdeck.audit\"," + (stored ? "" : "\"stored\":false,") + recordJson.substring(1);
        logger.info(line);
    }
}
