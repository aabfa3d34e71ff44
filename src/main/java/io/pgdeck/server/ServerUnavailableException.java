package io.pgdeck.server;

import io.pgdeck.sql.SqlStates;
import java.sql.SQLException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The managed server cannot be reached right now; the request may be retried once it is back. It carries its own
 * 503 problem, so the web layer answers it without knowing the server floor.
 */
public final class ServerUnavailableException extends ErrorResponseException {

    public ServerUnavailableException(String database, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(database, cause), cause);
    }

    private static ProblemDetail problem(String database, Throwable cause) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The database server is not reachable (database " + database + "): " + cause.getMessage());
        problem.setTitle("Database server unavailable");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    /** Whether {@code e} says the connection is gone (or the server is shutting down), not that a statement failed. */
    public static boolean isConnectionFailure(SQLException e) {
        return SqlStates.isConnectionFailure(e.getSQLState());
    }
}
