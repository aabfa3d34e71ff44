package io.pgdeck.query;

import io.pgdeck.deployment.DeploymentSettings;
import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementClassifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * Defense in depth for production, shared by one-shot queries and query sessions: whatever is typed runs inside a
 * read-only transaction that pgdeck opens, pins with a first query and rolls back, and statements that would end or
 * replace that transaction are refused. The read-only role remains the real guarantee.
 */
@Component
final class ProductionGuard {

    static final String READ_ONLY_STATE = "25006";
    static final String TRANSACTION_CONTROL_REFUSED =
            "Transaction control is not available in production: pgdeck runs every execution in one "
                    + "read-only transaction and rolls it back.";

    private final DeploymentSettings deployment;

    ProductionGuard(DeploymentSettings deployment) {
        this.deployment = deployment;
    }

    boolean active() {
        return deployment.isProduction();
    }

    /** The refusal for {@code statement} in production, or null when it may run. */
    QueryError refusal(SqlStatement statement) {
        if (active() && StatementClassifier.classify(statement.text()).transactionControl()) {
            return QueryError.refused(statement, READ_ONLY_STATE, TRANSACTION_CONTROL_REFUSED);
        }
        return null;
    }

    /**
     * Opens a read-only transaction on a connection in auto-commit mode and runs a first query in it: after that the
     * server refuses SET TRANSACTION READ WRITE for the rest of the transaction.
     */
    static void pinReadOnlyTransaction(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN READ ONLY");
            statement.execute("SELECT 1");
        }
    }
}
