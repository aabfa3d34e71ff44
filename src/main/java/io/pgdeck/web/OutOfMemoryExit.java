package io.pgdeck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Running out of memory ends the process, so the platform restarts it: a JVM that caught an OutOfMemoryError may have
 * lost a thread the web server needs and go on listening without ever answering. Whether the error reaches a request
 * handler or escapes any other thread, one line is logged and the process halts (bin/run also passes
 * {@code -XX:+ExitOnOutOfMemoryError}).
 */
@Component
final class OutOfMemoryExit implements HandlerExceptionResolver, Ordered {

    static final int EXIT_CODE = 3;
    private static final Logger log = LoggerFactory.getLogger(OutOfMemoryExit.class);

    private final IntConsumer halt;

    OutOfMemoryExit() {
        this(code -> Runtime.getRuntime().halt(code));
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            haltIfOutOfMemory(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        });
    }

    OutOfMemoryExit(IntConsumer halt) {
        this.halt = halt;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        haltIfOutOfMemory(ex);
        return null;
    }

    /** Halts when {@code error} is, or was caused by, an OutOfMemoryError; otherwise does nothing. */
    void haltIfOutOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                log.error("pgdeck ran out of memory and stops so that it is restarted: {}", cause.getMessage());
                halt.accept(EXIT_CODE);
                return;
            }
            if (cause.getCause() == cause) {
                return;
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
