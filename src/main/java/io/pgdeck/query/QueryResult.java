package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one statement of a script produced. In a query session {@code rows} is the first page, {@code rowCount} the
 * rows read so far, {@code truncated} says more remain, and {@code resultId} names the result for paging and export.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryResult(
        int statementIndex,
        String statement,
        List<Column> columns,
        List<List<Object>> rows,
        long rowCount,
        boolean truncated,
        String command,
        List<String> notices,
        long durationMs,
        String resultId) {

    public record Column(String name, String type) {}
}
