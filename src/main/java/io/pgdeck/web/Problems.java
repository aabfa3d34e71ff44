package io.pgdeck.web;

import io.pgdeck.sql.ObjectKind;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problems that any feature can throw; {@link ProblemHandler} renders them as problem+json. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** Writes a problem where no controller is reached (filters, the firewall): the same shape as every other. */
    public static void send(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    public static ErrorResponseException notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    /** The kind of catalog object a path names, or 404: every endpoint with a kind in its path answers the same. */
    public static ObjectKind kindNamed(String segment) {
        return ObjectKind.ofSegment(segment)
                .orElseThrow(() -> notFound("There is no kind of object named '" + segment + "'."));
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed in this deployment", detail);
    }

    public static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", detail);
    }

    public static ErrorResponseException conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** A PostgreSQL error as the problem the API answers for it, to add to before it is thrown. */
    public static ErrorResponseException postgres(java.sql.SQLException error) {
        org.springframework.http.ProblemDetail problem = ProblemHandler.postgresProblem(error);
        return new ErrorResponseException(HttpStatus.valueOf(problem.getStatus()), problem, error);
    }

    public static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return new ErrorResponseException(status, body, null);
    }
}
