package io.pgdeck.backup;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A file that is not a dump pgdeck can restore (not a dump at all, truncated, or holding what it does not run): 422. */
final class NotRestorableException extends ErrorResponseException {

    NotRestorableException(String file, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(file, reason), null);
    }

    private static ProblemDetail problem(String file, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "'" + file + "' cannot be restored: " + reason + " Nothing was restored.");
        problem.setTitle("Not a restorable dump");
        return problem;
    }

    String reason() {
        return getBody().getDetail();
    }
}
