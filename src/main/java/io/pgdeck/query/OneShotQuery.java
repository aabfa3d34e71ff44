package io.pgdeck.query;

import io.pgdeck.server.ServerConnections;
import io.pgdeck.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Runs a script on a pooled connection that is its own for the script (its session reset before another script uses
 * it), statement by statement, and stops at the first error. In production the whole
 * script runs inside one read-only transaction that pgdeck opens, pins with a query, and rolls back, so no statement
 * typed can turn it read-write; the role's privileges remain the guarantee.
 */
@Service
final class OneShotQuery {

    static final int DEFAULT_MAX_ROWS = 1000;
    static final int LARGEST_MAX_ROWS = 100_000;
    private final ServerConnections connections;
    private final ProductionGuard production;

    OneShotQuery(ServerConnections connections, ProductionGuard production) {
        this.connections = connections;
        this.production = production;
    }

    ScriptResult run(String database, String script, Integer maxRows) {
        int limit = maxRows == null ? DEFAULT_MAX_ROWS : Math.max(1, Math.min(maxRows, LARGEST_MAX_ROWS));
        try (Connection connection = connections.openForScript(database)) {
            if (production.active()) {
                ProductionGuard.pinReadOnlyTransaction(connection);
            }
            ScriptResult result = runAll(connection, new ServerStatements(script, connection), limit);
            return production.active() ? endReadOnly(connection, result) : result;
        } catch (SQLException e) {
            throw new io.pgdeck.server.ServerUnavailableException(database, e);
        }
    }

    private ScriptResult runAll(Connection connection, ServerStatements statements, int limit) throws SQLException {
        List<QueryResult> results = new ArrayList<>();
        for (SqlStatement statement = statements.next(); statement != null; statement = statements.next()) {
            QueryError refusal = production.refusal(statement);
            if (refusal == null) {
                refusal = statements.moreThanOneCommand(statement);
            }
            if (refusal != null) {
                return new ScriptResult(results, refusal);
            }
            try (Statement jdbc = connection.createStatement()) {
                results.add(StatementRun.execute(jdbc, statement, limit));
            } catch (SQLException e) {
                return new ScriptResult(results, QueryError.of(statement, e));
            }
            QueryError changed = production.changedLexing(connection, statement);
            if (changed != null) {
                return new ScriptResult(results, changed);
            }
        }
        return new ScriptResult(results, null);
    }

    /** Rolls the pinned transaction back, then makes sure nothing of the script outlived it. */
    private ScriptResult endReadOnly(Connection connection, ScriptResult result) throws SQLException {
        if (connection.isClosed()) {
            return result;
        }
        try (Statement rollback = connection.createStatement()) {
            rollback.execute("ROLLBACK");
        }
        String lasting = production.releaseLastingLocks(connection);
        if (lasting == null || result.error() != null) {
            return result;
        }
        return new ScriptResult(
                result.results(),
                QueryError.refused(new SqlStatement(0, "", 0, 0), ProductionGuard.READ_ONLY_STATE, lasting));
    }
}
