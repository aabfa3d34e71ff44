package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A plan as PostgreSQL's JSON format and as text: the server's own text when the statement was not executed, otherwise
 * pgdeck's rendering of the same JSON, so that EXPLAIN ANALYZE runs the statement once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExplainResult(
        @JsonRawValue String plan, String text, QueryError error, String transactionStatus, long durationMs) {

    static ExplainResult failed(QueryError error, String transactionStatus) {
        return new ExplainResult(null, null, error, transactionStatus, 0);
    }

    ExplainResult withTransactionStatus(String status) {
        return new ExplainResult(plan, text, error, status, durationMs);
    }
}
