package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What one statement of a script produced. */
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
        long durationMs) {

    public record Column(String name, String type) {}
}
