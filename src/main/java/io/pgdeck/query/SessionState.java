package io.pgdeck.query;

/**
 * What the Query Tool shows about a session.
 *
 * @param readOnly true in production, where each execution runs in a read-only transaction pgdeck rolls back, so
 *     {@code autoCommit} does not apply
 */
public record SessionState(
        String id,
        String database,
        boolean autoCommit,
        boolean autoRollback,
        String transactionStatus,
        boolean readOnly) {}
