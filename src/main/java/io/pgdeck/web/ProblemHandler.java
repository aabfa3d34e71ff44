package io.pgdeck.web;

import io.pgdeck.sql.SqlStates;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error leaves as problem+json with a human {@code detail}; PostgreSQL errors keep their fields. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(SQLException.class)
    ProblemDetail sqlError(SQLException e) {
        return postgresProblem(e);
    }

    /** A PostgreSQL error as a 400 problem with {@code sqlState}, {@code position} and {@code hint}. */
    public static ProblemDetail postgresProblem(SQLException e) {
        if (isConnectionFailure(e)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            problem.setTitle("Database server unavailable");
            return problem;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("PostgreSQL error");
        problem.setProperty("sqlState", e.getSQLState());
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            problem.setDetail(server.getMessage());
            if (server.getPosition() > 0) {
                problem.setProperty("position", server.getPosition());
            }
            putIfPresent(problem, "hint", server.getHint());
            putIfPresent(problem, "serverDetail", server.getDetail());
            putIfPresent(problem, "where", server.getWhere());
        }
        return problem;
    }

    static boolean isConnectionFailure(SQLException e) {
        return SqlStates.isConnectionFailure(e.getSQLState());
    }

    private static void putIfPresent(ProblemDetail problem, String name, String value) {
        if (value != null && !value.isBlank()) {
            problem.setProperty(name, value);
        }
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "pgdeck failed unexpectedly: " + e.getClass().getSimpleName());
        problem.setTitle("Internal error");
        return problem;
    }
}
