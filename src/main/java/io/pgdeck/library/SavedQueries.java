package io.pgdeck.library;

import io.pgdeck.library.SavedQuery.Draft;
import io.pgdeck.library.SavedQuery.Summary;
import io.pgdeck.library.SavedQuery.Version;
import io.pgdeck.web.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * The library in the state store: the current version of each query in {@code saved_query}, every version (the
 * current one too) in {@code saved_query_version}. A save only lands on the version its editor started from, checked
 * in the UPDATE itself so that two replicas cannot both win.
 */
@Component
final class SavedQueries {

    private static final String COLUMNS = "name, folder, tags, description, database, sql, saved_at, saved_by";

    private final JdbcClient state;
    private final TransactionTemplate transactions;

    SavedQueries(JdbcClient state, TransactionTemplate transactions) {
        this.state = state;
        this.transactions = transactions;
    }

    /** By name; {@code q} matches the name, the description or the sql, case-insensitively. */
    List<Summary> search(String q, String folder, String tag) {
        StringBuilder where =
                new StringBuilder("(lower(name) LIKE lower(:q) ESCAPE '\\' OR lower(sql) LIKE lower(:q) ESCAPE '\\'"
                        + " OR lower(coalesce(description, '')) LIKE lower(:q) ESCAPE '\\')");
        if (folder != null && !folder.isBlank()) {
            where.append(" AND folder = :folder");
        }
        if (tag != null && !tag.isBlank()) {
            where.append(" AND tags LIKE :tag ESCAPE '\\'");
        }
        var query = state.sql("SELECT id, version, name, folder, tags, description, database, saved_at, saved_by"
                        + " FROM saved_query WHERE " + where + " ORDER BY lower(name), id")
                .param("q", "%" + escapeLike(q == null ? "" : q) + "%");
        if (folder != null && !folder.isBlank()) {
            query = query.param("folder", folder.strip());
        }
        if (tag != null && !tag.isBlank()) {
            query = query.param("tag", "%," + escapeLike(tag.strip()) + ",%");
        }
        return query.query((row, n) -> new Summary(
                        row.getString("id"),
                        row.getString("name"),
                        row.getString("folder"),
                        SavedQuery.decodeTags(row.getString("tags")),
                        row.getString("description"),
                        row.getString("database"),
                        row.getInt("version"),
                        row.getString("saved_at"),
                        row.getString("saved_by")))
                .list();
    }

    Version current(String id) {
        return find(id).orElseThrow(() -> Problems.notFound("No saved query has the id '" + id + "'."));
    }

    Optional<Version> find(String id) {
        return state.sql("SELECT id, version, " + COLUMNS + " FROM saved_query WHERE id = ?")
                .param(id)
                .query(SavedQueries::version)
                .optional();
    }

    /** Every version, the newest first. */
    List<Version> versions(String id) {
        current(id);
        return state.sql("SELECT query_id AS id, version, " + COLUMNS
                        + " FROM saved_query_version WHERE query_id = ? ORDER BY version DESC")
                .param(id)
                .query(SavedQueries::version)
                .list();
    }

    Version version(String id, int version) {
        return state.sql("SELECT query_id AS id, version, " + COLUMNS
                        + " FROM saved_query_version WHERE query_id = ? AND version = ?")
                .params(id, version)
                .query(SavedQueries::version)
                .optional()
                .orElseThrow(() -> Problems.notFound("The saved query '" + id + "' has no version " + version + "."));
    }

    String create(Draft draft, String by) {
        String id = UUID.randomUUID().toString();
        insert(id, draft, by, Instant.now().toString());
        return id;
    }

    /** A new query with the id (and first version) it had elsewhere; an import keeps ids so that it can merge. */
    void insert(String id, Draft draft, String by, String at) {
        transactions.executeWithoutResult(tx -> {
            state.sql("INSERT INTO saved_query (id, version, " + COLUMNS + ") VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values(List.of(id), draft, by, at))
                    .update();
            addVersion(id, 1, draft, by, at);
        });
    }

    /**
     * Saves {@code draft} as the next version. When the draft names the version it started from and another save
     * came first, nothing is written and the 409 carries both texts, so the caller loses nothing.
     */
    Version update(String id, Draft draft, String by) {
        return update(id, draft, by, Instant.now().toString());
    }

    /** As {@link #update(String, Draft, String)}, dated {@code at}: an import keeps each version's own date. */
    Version update(String id, Draft draft, String by, String at) {
        Version current = current(id);
        if (draft.version() != null && draft.version() != current.version()) {
            throw collision(current, draft);
        }
        if (draft.sameContentAs(current)) {
            return current;
        }
        int next = current.version() + 1;
        Boolean saved = transactions.execute(tx -> {
            int rows = state.sql("UPDATE saved_query SET version = ?, name = ?, folder = ?, tags = ?, description = ?,"
                            + " database = ?, sql = ?, saved_at = ?, saved_by = ? WHERE id = ? AND version = ?")
                    .params(values(List.of(next), draft, by, at, id, current.version()))
                    .update();
            if (rows == 1) {
                addVersion(id, next, draft, by, at);
            }
            return rows == 1;
        });
        if (!Boolean.TRUE.equals(saved)) {
            throw collision(current(id), draft);
        }
        return current(id);
    }

    void delete(String id) {
        current(id);
        transactions.executeWithoutResult(tx -> {
            state.sql("DELETE FROM saved_query_version WHERE query_id = ?")
                    .param(id)
                    .update();
            state.sql("DELETE FROM saved_query WHERE id = ?").param(id).update();
        });
    }

    private void addVersion(String id, int version, Draft draft, String by, String at) {
        state.sql("INSERT INTO saved_query_version (query_id, version, " + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(List.of(id, version), draft, by, at))
                .update();
    }

    /** {@code before}, the draft's values in the order of {@link #COLUMNS}, then {@code after}. */
    private static Object[] values(List<?> before, Draft draft, String by, String at, Object... after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(Arrays.asList(
                draft.name(),
                draft.folder(),
                SavedQuery.encodeTags(draft.tags()),
                draft.description(),
                draft.database(),
                draft.sql(),
                at,
                by));
        all.addAll(Arrays.asList(after));
        return all.toArray();
    }

    private static ErrorResponseException collision(Version current, Draft yours) {
        ErrorResponseException problem = Problems.problem(
                HttpStatus.CONFLICT,
                "Saved meanwhile",
                "'" + current.name() + "' was saved as version " + current.version() + " by "
                        + (current.updatedBy() == null ? "someone" : current.updatedBy())
                        + " since you opened version " + yours.version()
                        + ". Nothing was overwritten: compare both texts, then save again from version "
                        + current.version() + " or save yours as a new query.");
        problem.getBody().setProperty("current", current);
        problem.getBody().setProperty("yours", yours);
        return problem;
    }

    private static Version version(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Version(
                row.getString("id"),
                row.getInt("version"),
                row.getString("name"),
                row.getString("folder"),
                SavedQuery.decodeTags(row.getString("tags")),
                row.getString("description"),
                row.getString("database"),
                row.getString("sql"),
                row.getString("saved_at"),
                row.getString("saved_by"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
