package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One execution in a query session: each statement's result with its first page, the error that stopped the script,
 * the transaction status after it, and what pgdeck did on the session's behalf (an auto-rollback, a reconnect).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Execution(
        List<QueryResult> results, QueryError error, String transactionStatus, List<String> messages, long durationMs) {

    long rowCount() {
        return results.stream().mapToLong(QueryResult::rowCount).sum();
    }
}
