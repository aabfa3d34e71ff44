package io.pgdeck.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the audit log newest first. Order is id order (ids rise with time); a time range is turned into an id range
 * through the index on time, and free text goes through the trigram index, so a filtered page reads about as many rows
 * as it shows however many records there are.
 */
@Component
final class AuditLog {

    static final String COLUMNS =
            "a.id, a.at, a.kind, a.outcome, a.person, a.client_address, a.database_name, " + "a.summary, a.detail";
    private static final int TRIGRAM = 3;

    private final JdbcClient state;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final boolean fts;

    AuditLog(JdbcClient state, JdbcTemplate jdbc, ObjectMapper json, AuditSchema schema) {
        this.state = state;
        this.jdbc = jdbc;
        this.json = json;
        this.fts = schema.sqlite();
    }

    /** One page: at most {@code limit} records, newest first. */
    List<AuditRecord> page(AuditFilter filter, int limit) {
        Query query = query(filter);
        if (query == null) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(query.params());
        params.add(limit);
        return state.sql(query.sql() + " LIMIT ?")
                .params(params)
                .query((row, n) -> record(row))
                .list();
    }

    /** Every matching record, newest first, one at a time: memory does not grow with the log. */
    void each(AuditFilter filter, Consumer<AuditRecord> sink) {
        Query query = query(filter);
        if (query == null) {
            return;
        }
        jdbc.query(
                query.sql(),
                row -> {
                    sink.accept(record(row));
                },
                query.params().toArray());
    }

    private record Query(String sql, List<Object> params) {}

    private Query query(AuditFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        boolean fullText = fts && filter.text() != null && filter.text().length() >= TRIGRAM;
        String id = fullText ? "audit_text.rowid" : "a.id";
        String from = fullText ? "audit_text JOIN audit_record a ON a.id = audit_text.rowid" : "audit_record a";
        if (fullText) {
            where.add("audit_text MATCH ?");
            params.add("\"" + filter.text().replace("\"", "\"\"") + "\"");
        } else if (filter.text() != null) {
            String like = "%"
                    + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            // The same expression as PostgreSQL's trigram index; SQLite's LIKE ignores case as ILIKE does.
            where.add("(a.summary || ' ' || coalesce(a.person, '') || ' ' || coalesce(a.database_name, '')) "
                    + (fts ? "LIKE" : "ILIKE") + " ? ESCAPE '\\'");
            params.add(like);
        }
        if (filter.since() != null) {
            Long first = boundary("at >= ? ORDER BY at, id", AuditTimes.format(filter.since()));
            if (first == null) {
                return null;
            }
            where.add(id + " >= ? AND a.at >= ?");
            Collections.addAll(params, first, AuditTimes.format(filter.since()));
        }
        if (filter.until() != null) {
            Long last = boundary("at <= ? ORDER BY at DESC, id DESC", AuditTimes.format(filter.until()));
            if (last == null) {
                return null;
            }
            where.add(id + " <= ? AND a.at <= ?");
            Collections.addAll(params, last, AuditTimes.format(filter.until()));
        }
        if (filter.before() != null) {
            where.add(id + " < ?");
            params.add(filter.before());
        }
        in(where, params, "a.kind", filter.kinds());
        in(where, params, "a.outcome", filter.outcomes());
        String sql = "SELECT " + COLUMNS + " FROM " + from
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY " + id + " DESC";
        return new Query(sql, params);
    }

    private Long boundary(String condition, String at) {
        return state.sql("SELECT id FROM audit_record WHERE " + condition + " LIMIT 1")
                .param(at)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static void in(List<String> where, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            params.addAll(values);
        }
    }

    @SuppressWarnings("unchecked")
    private AuditRecord record(java.sql.ResultSet row) throws java.sql.SQLException {
        return new AuditRecord(
                row.getLong(1),
                AuditTimes.parse(row.getString(2)),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                json.readValue(row.getString(9), Map.class));
    }
}
