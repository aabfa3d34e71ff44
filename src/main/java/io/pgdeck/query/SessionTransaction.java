package io.pgdeck.query;

import io.pgdeck.sql.StatementClassification;
import java.sql.SQLException;
import java.util.Set;

/**
 * Which transaction a query session's statements run in. The user's BEGIN, COMMIT and ROLLBACK are the server's; to
 * stream rows in auto-commit mode pgdeck opens a transaction of its own (a cursor needs one) and ends it once the rows
 * are read or anything else needs auto-commit. In production every script runs in pgdeck's pinned read-only one.
 */
final class SessionTransaction {

    /** Statements that may return rows and run inside a transaction block: streamed through pgdeck's own one. */
    private static final Set<String> CURSOR_COMMANDS =
            Set.of("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE", "EXECUTE", "FETCH");

    private final SessionConnection link;
    private final ProductionGuard production;
    private final SessionResults results;
    private final long keptRows;
    private boolean autoCommit = true;
    /** pgdeck opened the transaction the open cursors live in (always so in production). */
    private boolean own;

    SessionTransaction(SessionConnection link, ProductionGuard production, SessionResults results, long keptRows) {
        this.link = link;
        this.production = production;
        this.results = results;
        this.keptRows = keptRows;
    }

    boolean autoCommit() {
        return autoCommit;
    }

    void autoCommit(boolean on) {
        autoCommit = on;
    }

    /** Whether pgdeck's own transaction is open, held by a cursor not yet read to its end. */
    boolean own() {
        return own;
    }

    /** The connection was replaced: whatever transaction it had is gone with it. */
    void forget() {
        own = false;
    }

    /**
     * Puts the server in the transaction state {@code kind} should run in. In auto-commit mode a statement that may
     * stream rows runs in a transaction pgdeck opens; anything else first ends that transaction so it runs as
     * auto-commit means. Without auto-commit a transaction is opened as psql does with AUTOCOMMIT off.
     */
    void prepare(StatementClassification kind) throws SQLException {
        if (!production.active()) {
            if (own && !kind.plainSelect()) {
                drainOpenResults("a later statement needed auto-commit, which ends pgdeck's transaction.");
                endOwn();
            }
            if (link.serverIdle() && !kind.transactionControl()) {
                if (!autoCommit) {
                    link.sql("BEGIN");
                } else if (kind.plainSelect() || CURSOR_COMMANDS.contains(kind.command())) {
                    link.sql("BEGIN");
                    own = true;
                }
            }
        }
        // pgjdbc streams through a portal only outside JDBC auto-commit, and would send BEGIN itself when the server
        // is idle: JDBC auto-commit therefore follows the server's state, which never makes pgjdbc commit.
        link.autoCommit(link.serverIdle());
    }

    void pinInProduction() throws SQLException {
        if (production.active() && !own) {
            link.autoCommit(true);
            ProductionGuard.pinReadOnlyTransaction(link.jdbc());
            own = true;
        }
    }

    /** Ends pgdeck's own transaction once no cursor needs it. */
    void settle() throws SQLException {
        if (own && results.allComplete()) {
            endOwn();
        }
    }

    /** pgdeck's transaction holds reads only (and in production is read-only): committing equals auto-commit. */
    void endOwn() throws SQLException {
        results.loseOpen("The rest of this result was discarded when pgdeck ended its transaction.");
        link.sql(production.active() ? "ROLLBACK" : "COMMIT");
        own = false;
        link.autoCommit(true);
    }

    /** The user's COMMIT or ROLLBACK from the toolbar. */
    void end(String command) throws SQLException {
        if (production.active() && command.equals("COMMIT")) {
            throw io.pgdeck.web.Problems.conflict(ProductionGuard.TRANSACTION_CONTROL_REFUSED);
        }
        drainOpenResults("the transaction its cursor lived in ended.");
        if (own) {
            endOwn();
        } else if (!link.serverIdle()) {
            link.sql(command);
            link.autoCommit(true);
        }
    }

    /** After an error left the transaction failed: rolls back pgdeck's own, or the user's when asked to; true if so. */
    boolean rollBackFailed(boolean userTransactionToo) throws SQLException {
        if (!own && !userTransactionToo) {
            return false;
        }
        link.sql("ROLLBACK");
        own = false;
        link.autoCommit(true);
        return true;
    }

    void drainOpenResults(String whyTheRestIsGone) {
        results.drain(keptRows, whyTheRestIsGone);
    }
}
