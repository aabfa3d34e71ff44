package io.pgdeck.query;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.server.ServerUnavailableException;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassification;
import io.pgdeck.sql.StatementClassifier;
import io.pgdeck.sql.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A Query Tool tab's dedicated connection and the results of its last execution. Transactions are the server's: the
 * connection stays in JDBC auto-commit while the server is idle, so the user's BEGIN, COMMIT and ROLLBACK mean what
 * they mean in psql. To stream rows in auto-commit mode, pgdeck wraps a query in a transaction of its own (its cursor
 * lives there) and ends it once the rows are read, before anything else needs auto-commit, or at the next execution.
 * Not thread-safe: {@link QuerySessions} serialises calls through {@link #lock()}, except {@link #cancel()}.
 */
final class QuerySession implements AutoCloseable {

    /** Statements that may return rows and run inside a transaction block: streamed through pgdeck's own one. */
    private static final Set<String> CURSOR_COMMANDS =
            Set.of("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE", "MERGE", "EXECUTE", "FETCH");

    private static final String LOST_BY_TRANSACTION_END =
            "The rest of this result was discarded: the transaction its cursor lived in ended with an error.";

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String database;
    private final ServerConnections connections;
    private final ProductionGuard production;
    private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
    private final Map<String, CursorResult> results = new LinkedHashMap<>();
    private final List<String> messages = new ArrayList<>();
    private final long keptRows;
    private Connection connection;
    private volatile PGConnection cancelHandle;
    private volatile long lastUsedNanos = System.nanoTime();
    private boolean autoCommit = true;
    private boolean autoRollback;
    /** pgdeck opened the transaction the open cursors live in (always so in production). */
    private boolean ownTransaction;

    QuerySession(
            String owner, String database, ServerConnections connections, ProductionGuard production, long keptRows) {
        this.owner = owner;
        this.keptRows = keptRows;
        this.database = database;
        this.connections = connections;
        this.production = production;
        connect();
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
        return new SessionState(id, database, autoCommit, autoRollback, transactionStatus(), production.active());
    }

    void settings(Boolean autoCommit, Boolean autoRollback) {
        if (autoCommit != null) {
            this.autoCommit = autoCommit;
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
            pinInProduction();
            error = runAll(new ServerStatements(script, connection), pageSize, done);
            settle();
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

    RowsPage page(String resultId, long offset, int limit) throws SQLException, java.io.IOException {
        return reading(resultId, result -> {
            List<List<Object>> rows = result.page(offset, limit);
            return new RowsPage(result.columns(), rows, offset, result.complete(), result.rowCount(), result.lost());
        });
    }

    /** Writes the whole of a result through {@code export}; see {@link ResultExport} for which rows it reads. */
    /** Refuses (409) a result that is no longer whole, before anything of an export is written. */
    void requireWhole(String resultId) {
        String lost = result(resultId).lost();
        if (lost != null) {
            throw io.pgdeck.web.Problems.conflict("This result is not whole any more, so it cannot be exported: " + lost
                    + " Run the query again to export all of it.");
        }
    }

    void export(String resultId, ResultExport export) throws SQLException, java.io.IOException {
        reading(resultId, result -> {
            export.write(result, connection);
            return null;
        });
    }

    /** Reads from a result's cursor; a failure loses the cursor, and pgdeck's transaction ends once none is open. */
    private <T> T reading(String resultId, ResultRead<T> read) throws SQLException, java.io.IOException {
        CursorResult result = result(resultId);
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
        if (!ownTransaction || isClosed()) {
            return;
        }
        drainOpenResults("it sat unread while holding a transaction open.");
        try {
            endOwnTransaction();
        } catch (SQLException e) {
            afterError(e);
        }
    }

    /** Whether pgdeck's own transaction is open, held by a cursor not yet read to its end. */
    boolean holdsOwnTransaction() {
        return ownTransaction;
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
        PGConnection handle = cancelHandle;
        if (handle != null) {
            handle.cancelQuery();
        }
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
            pinInProduction();
            QueryError refusal = production.refusal(statement);
            if (refusal == null
                    && ServerStatements.commandCount(
                                    statement.text(), ServerStatements.standardConformingStrings(connection))
                            > 1) {
                refusal = QueryError.refused(
                        statement, ServerStatements.MORE_THAN_ONE, "EXPLAIN takes exactly one statement.");
            }
            if (refusal != null) {
                return ExplainResult.failed(refusal, transactionStatus());
            }
            StatementClassification inner = StatementClassifier.classify(statement.text());
            boolean harmless = !request.analyzes() || inner.plainSelect();
            prepareTransaction(new StatementClassification(inner.command(), harmless, false));
            ExplainResult result = ExplainStatement.run(connection, statement, request);
            boolean commitNow = ownTransaction && !harmless && !production.active();
            if (commitNow) {
                endOwnTransaction();
            }
            settle();
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
            drainOpenResults("the transaction its cursor lived in ended.");
        }
        prepareTransaction(kind);
        boolean commitAfter = ownTransaction && !kind.plainSelect() && !production.active();
        Statement jdbc = connection.createStatement();
        jdbc.setFetchSize(pageSize);
        QueryResult result;
        try {
            result = StatementRun.execute(jdbc, statement, (resultSet, columns) -> {
                CursorResult cursor = new CursorResult(
                        UUID.randomUUID().toString(), statement.text(), kind.plainSelect(), jdbc, resultSet, columns);
                results.put(cursor.id(), cursor);
                List<List<Object>> first = cursor.page(0, pageSize);
                if (commitAfter) {
                    cursor.drain();
                }
                return new StatementRun.Rows(first, cursor.rowCount(), !cursor.complete(), cursor.id());
            });
        } catch (SQLException e) {
            closeQuietly(jdbc);
            throw e;
        }
        if (result.resultId() == null) {
            closeQuietly(jdbc);
        }
        if (commitAfter) {
            endOwnTransaction();
        }
        return result;
    }

    /**
     * Puts the server in the transaction state {@code kind} should run in. In auto-commit mode a statement that may
     * stream rows runs in a transaction pgdeck opens (a cursor needs one); anything else first ends that transaction so
     * it runs as auto-commit means. Without auto-commit a transaction is opened as psql does with AUTOCOMMIT off.
     */
    private void prepareTransaction(StatementClassification kind) throws SQLException {
        if (!production.active()) {
            if (ownTransaction && !kind.plainSelect()) {
                drainOpenResults("a later statement needed auto-commit, which ends pgdeck's transaction.");
                endOwnTransaction();
            }
            if (serverState() == TransactionState.IDLE && !kind.transactionControl()) {
                if (!autoCommit) {
                    sql("BEGIN");
                } else if (kind.plainSelect() || CURSOR_COMMANDS.contains(kind.command())) {
                    sql("BEGIN");
                    ownTransaction = true;
                }
            }
        }
        // pgjdbc streams through a portal only outside JDBC auto-commit, and would send BEGIN itself when the server
        // is idle: JDBC auto-commit therefore follows the server's state, which never makes pgjdbc commit.
        connection.setAutoCommit(serverState() == TransactionState.IDLE);
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
            QueryError changed = production.changedLexing(connection, statement);
            if (changed != null) {
                endOwnTransaction();
                return changed;
            }
        }
        return null;
    }

    /** In production, once pgdeck's transaction has ended: no session advisory lock may outlive it. */
    private QueryError releaseLastingLocks() throws SQLException {
        if (ownTransaction || connection == null || connection.isClosed()) {
            return null;
        }
        String lasting = production.releaseLastingLocks(connection);
        return lasting == null
                ? null
                : QueryError.refused(new SqlStatement(0, "", 0, 0), ProductionGuard.READ_ONLY_STATE, lasting);
    }

    private void pinInProduction() throws SQLException {
        if (production.active() && !ownTransaction) {
            connection.setAutoCommit(true);
            ProductionGuard.pinReadOnlyTransaction(connection);
            ownTransaction = true;
        }
    }

    /** Ends pgdeck's own transaction once no cursor needs it. */
    private void settle() throws SQLException {
        if (ownTransaction && results.values().stream().allMatch(CursorResult::complete)) {
            endOwnTransaction();
        }
    }

    private void settleQuietly() {
        try {
            settle();
        } catch (SQLException e) {
            afterError(e);
        }
    }

    /** pgdeck's transaction holds reads only (and in production is read-only): committing equals auto-commit. */
    private void endOwnTransaction() throws SQLException {
        loseOpenResults("The rest of this result was discarded when pgdeck ended its transaction.");
        sql(production.active() ? "ROLLBACK" : "COMMIT");
        ownTransaction = false;
        connection.setAutoCommit(true);
    }

    private void endTransaction(String command) throws SQLException {
        if (production.active() && command.equals("COMMIT")) {
            throw io.pgdeck.web.Problems.conflict(ProductionGuard.TRANSACTION_CONTROL_REFUSED);
        }
        ensureConnected();
        try {
            drainOpenResults("the transaction its cursor lived in ended.");
            if (ownTransaction) {
                endOwnTransaction();
            } else if (serverState() != TransactionState.IDLE) {
                sql(command);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            afterError(e);
            throw e;
        }
    }

    /**
     * Before the transaction the open cursors live in ends, their rows move to the spill, up to {@code keptRows} per
     * result; the rest of a longer result is given up, saying why.
     */
    private void drainOpenResults(String whyTheRestIsGone) {
        for (CursorResult result : results.values()) {
            try {
                result.drain(keptRows);
            } catch (SQLException e) {
                result.lose("The rest of this result could not be read: " + e.getMessage());
            }
        }
        loseOpenResults("The rest of this result was discarded after its first " + keptRows + " rows: "
                + whyTheRestIsGone + " Run the statement again to read further.");
    }

    private void loseOpenResults(String reason) {
        results.values().forEach(result -> result.lose(reason));
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
            loseOpenResults(LOST_BY_TRANSACTION_END);
            if (ownTransaction) {
                sql("ROLLBACK");
                ownTransaction = false;
                connection.setAutoCommit(true);
            } else if (autoRollback) {
                sql("ROLLBACK");
                connection.setAutoCommit(true);
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
            connect();
            messages.add("pgdeck opened a new connection: the session is ready.");
        } catch (ServerUnavailableException e) {
            messages.add("The server cannot be reached yet; the next execution will try again.");
        }
    }

    private void ensureConnected() throws SQLException {
        if (isClosed()) {
            dropConnection();
            connect();
        }
    }

    private boolean isClosed() {
        try {
            return connection == null || connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private void connect() {
        Connection opened = connections.openDedicated(database);
        try {
            PGConnection pg = opened.unwrap(PGConnection.class);
            // Server-side prepared statements would switch to binary values and cache plans across ALTERs.
            pg.setPrepareThreshold(0);
            connection = opened;
            cancelHandle = pg;
        } catch (SQLException e) {
            closeQuietly(opened);
            throw new ServerUnavailableException(database, e);
        }
    }

    private void dropConnection() {
        results.values().forEach(CursorResult::close);
        results.clear();
        ownTransaction = false;
        cancelHandle = null;
        closeQuietly(connection);
        connection = null;
    }

    private void closeResults() throws SQLException {
        results.values().forEach(CursorResult::close);
        results.clear();
        if (ownTransaction) {
            endOwnTransaction();
        }
    }

    private CursorResult result(String resultId) {
        CursorResult result = results.get(resultId);
        if (result == null) {
            throw io.pgdeck.web.Problems.notFound(
                    "This result is gone: a newer execution in the tab replaced it, or the connection was lost.");
        }
        return result;
    }

    private String transactionStatus() {
        if (isClosed() || ownTransaction) {
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
        return connection.unwrap(BaseConnection.class).getTransactionState();
    }

    private void sql(String command) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    private List<String> takeMessages() {
        List<String> taken = List.copyOf(messages);
        messages.clear();
        return taken;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing what is already broken: nothing more to release.
        }
    }

    @Override
    public void close() {
        dropConnection();
    }
}
