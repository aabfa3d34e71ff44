package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of a session's result.
 *
 * @param complete every row of the result has been read, so {@code rowCount} is final
 * @param rowCount the rows read so far
 * @param lost why rows after {@code rowCount} cannot be read, when the cursor was lost before its end
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RowsPage(
        List<QueryResult.Column> columns,
        List<List<Object>> rows,
        long offset,
        boolean complete,
        long rowCount,
        String lost) {}
