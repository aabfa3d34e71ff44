package io.pgdeck.query;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.server.ServerUnavailableException;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassification;
import io.pgdeck.sql.StatementClassifier;
import io.pgdeck.sql.StatementSplitter;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.core.TransactionState;

/**
 * A Query Tool tab's dedicated connection and the results of its last execution. Transactions are the server's: the
 * connection stays in JDBC auto-commit while the server is idle, so the user's BEGIN, COMMIT and ROLLBACK mean what
 * they mean in psql. To stream rows in auto-commit mode, pgdeck wraps a query in a transaction of its own (its cursor
 * lives there) and ends it once the rows are read, before anything else needs auto-commit, or at the next execution.
 * Not thread-safe: {@link QuerySessions} serialises calls through {@link #lock()}, except {@link #cancel()}.
 */
final class QuerySession implements AutoCloseable {

    private static final String LOST_BY_TRANSACTION_END =
            "The rest of this result was discarded: the transaction its cursor lived in ended with an error.";

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String database;
    private final SessionConnection link;
    private final ProductionGuard production;
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private final SessionResults results = new SessionResults();
    private final List<String> messages = new ArrayList<>();
    private final SessionTransaction transaction;
    private volatile long lastUsedNanos = System.nanoTime();
    private boolean autoRollback;

    QuerySession(
            String owner, String database, ServerConnections connections, ProductionGuard production, long keptRows) {
        this.owner = owner;
        this.database = database;
        this.link = new SessionConnection(database, connections);
        this.production = production;
        this.transaction = new SessionTransaction(link, production, results, keptRows);
        link.open();
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    String database() {
        return database;
    }

    java.util.concurrent.locks.ReentrantLock lock() {
        return lock;
    }

    long idleNanos() {
        return System.nanoTime() - lastUsedNanos;
    }

    void touch() {
        lastUsedNanos = System.nanoTime();
    }

    SessionState state() {
        return new SessionState(
                id, database, transaction.autoCommit(), autoRollback, transactionStatus(), production.active());
    }

    void settings(Boolean autoCommit, Boolean autoRollback) {
        if (autoCommit != null) {
            transaction.autoCommit(autoCommit);
        }
        if (autoRollback != null) {
            this.autoRollback = autoRollback;
        }
    }

    /** Runs every statement of {@code script}, stopping at the first error; replaces the previous results. */
    Execution execute(String script, int pageSize) {
        long started = System.nanoTime();
        List<QueryResult> done = new ArrayList<>();
        QueryError error = null;
        try {
            ensureConnected();
            closeResults();
            transaction.pinInProduction();
            error = runAll(new ServerStatements(script, link.jdbc()), pageSize, done);
            transaction.settle();
            if (error == null) {
                error = releaseLastingLocks();
            }
        } catch (SQLException e) {
            afterError(e);
            error = error == null ? QueryError.of(new SqlStatement(0, "", 0, 0), e) : error;
        }
        return new Execution(
                done, error, transactionStatus(), takeMessages(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Rows of a result, long values cut to previews unless {@code whole} (see {@link io.pgdeck.web.CellPreview}). */
    RowsPage page(String resultId, long offset, int limit, boolean whole) throws SQLException, java.io.IOException {
        return reading(resultId, result -> {
            List<List<Object>> rows = result.page(offset, limit, whole);
            return new RowsPage(result.columns(), rows, offset, result.complete(), result.rowCount(), result.lost());
        });
    }

    /** Refuses (409) a result that is no longer whole, before anything of an export is written. */
    void requireWhole(String resultId) {
        results.requireWhole(resultId);
    }

    /** Writes the whole of a result through {@code export}; see {@link ResultExport} for which rows it reads. */
    void export(String resultId, ResultExport export) throws SQLException, java.io.IOException {
        reading(resultId, result -> {
            export.write(result, link.jdbc());
            return null;
        });
    }

    /** Reads from a result's cursor; a failure loses the cursor, and pgdeck's transaction ends once none is open. */
    private <T> T reading(String resultId, ResultRead<T> read) throws SQLException, java.io.IOException {
        CursorResult result = results.get(resultId);
        try {
            return read.apply(result);
        } catch (SQLException e) {
            result.lose("The rest of this result could not be read: " + e.getMessage());
            afterError(e);
            throw e;
        } finally {
            settleQuietly();
        }
    }

    @FunctionalInterface
    private interface ResultRead<T> {
        T apply(CursorResult result) throws SQLException, java.io.IOException;
    }

    /**
     * Ends pgdeck's own transaction when its cursors have sat unread: it holds locks (a waiting ALTER TABLE queues
     * behind them) and the server ends a session idle in a transaction for too long.
     */
    void releaseIdleTransaction() {
        if (!transaction.own() || isClosed()) {
            return;
        }
        transaction.drainOpenResults("it sat unread while holding a transaction open.");
        try {
            transaction.endOwn();
        } catch (SQLException e) {
            afterError(e);
        }
    }

    /** Whether pgdeck's own transaction is open, held by a cursor not yet read to its end. */
    boolean holdsOwnTransaction() {
        return transaction.own();
    }

    SessionState commit() throws SQLException {
        endTransaction("COMMIT");
        return state();
    }

    SessionState rollback() throws SQLException {
        endTransaction("ROLLBACK");
        return state();
    }

    /** Asks the server to cancel whatever this session's connection is running; the connection stays. */
    void cancel() throws SQLException {
        link.cancel();
    }

    ExplainResult explain(ExplainRequest request) {
        List<SqlStatement> statements = StatementSplitter.split(request.sql() == null ? "" : request.sql());
        if (statements.size() != 1) {
            throw io.pgdeck.web.Problems.badRequest(
                    "EXPLAIN takes exactly one statement; this text holds " + statements.size() + ".");
        }
        SqlStatement statement = statements.get(0);
        try {
            ensureConnected();
            transaction.pinInProduction();
            QueryError refusal = production.refusal(statement);
            if (refusal == null
                    && ServerStatements.commandCount(
                                    statement.text(), ServerStatements.standardConformingStrings(link.jdbc()))
                            > 1) {
                refusal = QueryError.refused(
                        statement, ServerStatements.MORE_THAN_ONE, "EXPLAIN takes exactly one statement.");
            }
            if (refusal != null) {
                return ExplainResult.failed(refusal, transactionStatus());
            }
            StatementClassification inner = StatementClassifier.classify(statement.text());
            boolean harmless = !request.analyzes() || inner.plainSelect();
            transaction.prepare(new StatementClassification(inner.command(), harmless, false));
            ExplainResult result = ExplainStatement.run(link.jdbc(), statement, request);
            boolean commitNow = transaction.own() && !harmless && !production.active();
            if (commitNow) {
                transaction.endOwn();
            }
            transaction.settle();
            return result.withTransactionStatus(transactionStatus());
        } catch (SQLException e) {
            afterError(e);
            settleQuietly();
            return ExplainResult.failed(ExplainStatement.error(statement, request, e), transactionStatus());
        }
    }

    private QueryResult run(SqlStatement statement, int pageSize) throws SQLException {
        StatementClassification kind = StatementClassifier.classify(statement.text());
        if (kind.transactionControl()) {
            // The user's COMMIT or ROLLBACK ends the transaction the open cursors live in: keep their rows first.
            transaction.drainOpenResults("the transaction its cursor lived in ended.");
        }
        transaction.prepare(kind);
        boolean commitAfter = transaction.own() && !kind.plainSelect() && !production.active();
        Statement jdbc = link.jdbc().createStatement();
        jdbc.setFetchSize(Math.min(pageSize, CursorResult.FIRST_FETCH_SIZE));
        QueryResult result;
        try {
            result = StatementRun.execute(jdbc, statement, (resultSet, columns) -> {
                CursorResult cursor = new CursorResult(
                        UUID.randomUUID().toString(),
                        statement.text(),
                        kind.plainSelect(),
                        jdbc,
                        resultSet,
                        columns,
                        pageSize);
                results.add(cursor);
                List<List<Object>> first = cursor.page(0, pageSize, false);
                if (commitAfter) {
                    cursor.drain();
                }
                return new StatementRun.Rows(first, cursor.rowCount(), !cursor.complete(), cursor.id());
            });
        } catch (SQLException e) {
            SessionConnection.closeQuietly(jdbc);
            throw e;
        }
        if (result.resultId() == null) {
            SessionConnection.closeQuietly(jdbc);
        }
        if (commitAfter) {
            transaction.endOwn();
        }
        return result;
    }

    /** Runs the statements in order until one fails or is refused; answers that error, or null. */
    private QueryError runAll(ServerStatements statements, int pageSize, List<QueryResult> done) throws SQLException {
        for (SqlStatement statement = statements.next(); statement != null; statement = statements.next()) {
            QueryError refusal = production.refusal(statement);
            if (refusal == null) {
                refusal = statements.moreThanOneCommand(statement);
            }
            if (refusal != null) {
                return refusal;
            }
            try {
                done.add(run(statement, pageSize));
            } catch (SQLException e) {
                afterError(e);
                return QueryError.of(statement, e);
            }
            QueryError changed = production.changedLexing(link.jdbc(), statement);
            if (changed != null) {
                transaction.endOwn();
                return changed;
            }
        }
        return null;
    }

    /** In production, once pgdeck's transaction has ended: no session advisory lock may outlive it. */
    private QueryError releaseLastingLocks() throws SQLException {
        if (transaction.own() || isClosed()) {
            return null;
        }
        String lasting = production.releaseLastingLocks(link.jdbc());
        return lasting == null
                ? null
                : QueryError.refused(new SqlStatement(0, "", 0, 0), ProductionGuard.READ_ONLY_STATE, lasting);
    }

    private void settleQuietly() {
        try {
            transaction.settle();
        } catch (SQLException e) {
            afterError(e);
        }
    }

    /**
     * After an error: a lost connection is replaced; a failed transaction that pgdeck opened is rolled back, as is the
     * user's when auto-rollback is on. Cursors in a failed transaction cannot be read further.
     */
    private void afterError(SQLException e) {
        if (ServerUnavailableException.isConnectionFailure(e) || isClosed()) {
            reconnectAfterLoss(e);
            return;
        }
        try {
            if (serverState() != TransactionState.FAILED) {
                return;
            }
            results.loseOpen(LOST_BY_TRANSACTION_END);
            boolean usersTransaction = !transaction.own();
            if (transaction.rollBackFailed(autoRollback) && usersTransaction) {
                messages.add("The transaction was rolled back after the error (auto-rollback is on).");
            }
        } catch (SQLException again) {
            reconnectAfterLoss(again);
        }
    }

    private void reconnectAfterLoss(SQLException cause) {
        dropConnection();
        messages.add("The connection to the database server was lost (" + cause.getMessage()
                + "); any open transaction was rolled back and the results were discarded.");
        try {
            link.open();
            messages.add("pgdeck opened a new connection: the session is ready.");
        } catch (ServerUnavailableException e) {
            messages.add("The server cannot be reached yet; the next execution will try again.");
        }
    }

    private void ensureConnected() {
        if (isClosed()) {
            dropConnection();
            link.open();
        }
    }

    private boolean isClosed() {
        return link.isClosed();
    }

    private void dropConnection() {
        results.closeAll();
        transaction.forget();
        link.close();
    }

    private void endTransaction(String command) throws SQLException {
        ensureConnected();
        try {
            transaction.end(command);
        } catch (SQLException e) {
            afterError(e);
            throw e;
        }
    }

    private void closeResults() throws SQLException {
        results.closeAll();
        if (transaction.own()) {
            transaction.endOwn();
        }
    }

    private String transactionStatus() {
        if (isClosed() || transaction.own()) {
            return "idle";
        }
        try {
            return switch (serverState()) {
                case IDLE -> "idle";
                case OPEN -> "inTransaction";
                case FAILED -> "failed";
            };
        } catch (SQLException e) {
            return "idle";
        }
    }

    private TransactionState serverState() throws SQLException {
        return link.serverState();
    }

    private List<String> takeMessages() {
        List<String> taken = List.copyOf(messages);
        messages.clear();
        return taken;
    }

    @Override
    public void close() {
        dropConnection();
    }
}
