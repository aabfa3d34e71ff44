package io.pgdeck.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers a request it cannot even parse (an encoded NUL in the path) before Spring sees it; this valve gives
 * that answer the same problem+json shape as every other error, without Tomcat's HTML page or version.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            response.resetBuffer();
            Problems.send(
                    response.getResponse(),
                    known == null ? HttpStatus.BAD_REQUEST : known,
                    known == null ? "Error" : known.getReasonPhrase(),
                    "The web server refused the request before pgdeck could read it: its address or headers are"
                            + " malformed (names in a path must be percent-encoded, and no name holds a NUL character).");
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer was committed: nothing more can be said.
        }
    }
}
