package io.pgdeck.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pgdeck.sql.SqlStatement;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The error that stopped a script: which statement, PostgreSQL's fields, and where in the whole script it points so
 * the editor can mark it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QueryError(
        int statementIndex,
        String message,
        String sqlState,
        Integer position,
        Integer scriptPosition,
        String detail,
        String hint) {

    static QueryError of(SqlStatement statement, SQLException e) {
        return of(statement, e, 0);
    }

    /**
     * The error of a statement that pgdeck ran with {@code shift} characters of its own text before the user's (as
     * EXPLAIN does); a position inside that prefix points nowhere in the user's text.
     */
    static QueryError of(SqlStatement statement, SQLException e, int shift) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            Integer position = server.getPosition() - shift > 0 ? server.getPosition() - shift : null;
            return new QueryError(
                    statement.index(),
                    server.getMessage(),
                    server.getSQLState(),
                    position,
                    position == null ? null : statement.scriptOffset(position),
                    server.getDetail(),
                    server.getHint());
        }
        return new QueryError(statement.index(), e.getMessage(), e.getSQLState(), null, null, null, null);
    }

    static QueryError refused(SqlStatement statement, String sqlState, String message) {
        return new QueryError(statement.index(), message, sqlState, null, null, null, null);
    }
}
