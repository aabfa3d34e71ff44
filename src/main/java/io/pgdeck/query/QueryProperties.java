package io.pgdeck.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pgdeck.query.*}: how long an unused Query Tool session keeps its connection, how many one login may hold, and
 * the page sizes of results; how long pgdeck's own transaction (the one an unread result's cursor lives in) may sit
 * idle before it is ended; and how many rows of a result are kept (read into the spill) when the transaction its
 * cursor lives in must end, the rest being given up with the reason.
 */
@ConfigurationProperties("pgdeck.query")
record QueryProperties(
        @DefaultValue("30m") Duration sessionIdleTimeout,
        @DefaultValue("10") int maxSessionsPerLogin,
        @DefaultValue("1000") int pageSize,
        @DefaultValue("10000") int maxPageSize,
        @DefaultValue("60s") Duration heldTransactionTimeout,
        @DefaultValue("1000000") long keptRows) {}
