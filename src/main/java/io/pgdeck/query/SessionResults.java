package io.pgdeck.query;

import io.pgdeck.web.Problems;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The results of a query session's last execution, by id: what is open on a cursor, what is whole, what was lost. */
final class SessionResults {

    private final Map<String, CursorResult> results = new LinkedHashMap<>();

    void add(CursorResult result) {
        results.put(result.id(), result);
    }

    CursorResult get(String resultId) {
        CursorResult result = results.get(resultId);
        if (result == null) {
            throw Problems.notFound(
                    "This result is gone: a newer execution in the tab replaced it, or the connection was lost.");
        }
        return result;
    }

    /** Refuses (409) a result that is no longer whole, before anything of an export is written. */
    void requireWhole(String resultId) {
        String lost = get(resultId).lost();
        if (lost != null) {
            throw Problems.conflict("This result is not whole any more, so it cannot be exported: " + lost
                    + " Run the query again to export all of it.");
        }
    }

    boolean allComplete() {
        return results.values().stream().allMatch(CursorResult::complete);
    }

    /**
     * Before the transaction the open cursors live in ends, their rows move to the spill, up to {@code keptRows} per
     * result; the rest of a longer result is given up, saying why.
     */
    void drain(long keptRows, String whyTheRestIsGone) {
        String reason = String.format(
                java.util.Locale.ROOT,
                "The rest of this result was discarded after its first %,d rows: %s Run the statement again to"
                        + " read further.",
                keptRows,
                whyTheRestIsGone);
        for (CursorResult result : results.values()) {
            try {
                result.drain(keptRows, reason);
            } catch (SQLException e) {
                result.lose("The rest of this result could not be read: " + e.getMessage());
            }
        }
    }

    /** Gives up every open cursor, keeping what each read. */
    void loseOpen(String reason) {
        results.values().forEach(result -> result.lose(reason));
    }

    void closeAll() {
        results.values().forEach(CursorResult::close);
        results.clear();
    }
}
