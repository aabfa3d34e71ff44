package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pgdeck.sql.SecretMasking;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every execution (text, database, time, duration, rows, outcome) in pgdeck's SQLite state store. */
@Component
final class QueryHistory {

    static final int DEFAULT_LIMIT = 100;
    static final int LARGEST_LIMIT = 1000;
    private static final String CANCELLED_STATE = "57014";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(
            long id,
            String database,
            String sql,
            String executedAt,
            long durationMs,
            long rowCount,
            String outcome,
            String error) {}

    private final JdbcClient state;

    QueryHistory(JdbcClient state) {
        this.state = state;
    }

    void record(String database, String sql, Instant at, long durationMs, long rowCount, QueryError error) {
        String outcome = error == null ? "success" : CANCELLED_STATE.equals(error.sqlState()) ? "cancelled" : "error";
        state.sql("""
                        INSERT INTO query_history (database, sql, executed_at, duration_ms, row_count, outcome, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        database,
                        SecretMasking.mask(sql),
                        at.toString(),
                        durationMs,
                        rowCount,
                        outcome,
                        error == null ? null : error.message())
                .update();
    }

    /** The newest entries first; {@code search} matches the text or the database, case-insensitively. */
    List<Entry> search(String search, Integer limit) {
        int rows = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, LARGEST_LIMIT));
        String pattern = "%" + (search == null ? "" : escapeLike(search)) + "%";
        return state.sql("""
                        SELECT id, database, sql, executed_at, duration_ms, row_count, outcome, error
                        FROM query_history
                        WHERE lower(sql) LIKE lower(?) ESCAPE '\\' OR lower(database) LIKE lower(?) ESCAPE '\\'
                        ORDER BY id DESC
                        LIMIT ?""")
                .params(pattern, pattern, rows)
                .query((row, n) -> new Entry(
                        row.getLong("id"),
                        row.getString("database"),
                        row.getString("sql"),
                        row.getString("executed_at"),
                        row.getLong("duration_ms"),
                        row.getLong("row_count"),
                        row.getString("outcome"),
                        row.getString("error")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
