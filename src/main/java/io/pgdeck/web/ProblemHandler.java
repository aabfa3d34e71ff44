package io.pgdeck.web;

import io.pgdeck.sql.SqlStates;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error leaves as problem+json with a human {@code detail}; PostgreSQL errors keep their fields. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** A JSON body cut off at its bound (see JsonBodyLimit) is too large, not malformed. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonBodyLimit.TooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "The JSON request body is larger than pgdeck accepts: send a smaller script, or load data "
                                + "with Import.");
                problem.setTitle("Request too large");
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

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
