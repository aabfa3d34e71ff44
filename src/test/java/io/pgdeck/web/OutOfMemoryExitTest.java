package io.pgdeck.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any OutOfMemoryError ends the process, however deep it is wrapped; nothing else does. */
class OutOfMemoryExitTest {

    private final List<Integer> halts = new ArrayList<>();
    private final OutOfMemoryExit exit = new OutOfMemoryExit(halts::add);

    @Test
    void anOutOfMemoryErrorHaltsTheProcess() {
        exit.haltIfOutOfMemory(new OutOfMemoryError("Java heap space"));

        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE);
    }

    @Test
    void anOutOfMemoryErrorWrappedByTheWebServerHaltsTheProcess() {
        exit.resolveException(
                null, null, null, new ServletException("handler failed", new OutOfMemoryError("Java heap space")));

        assertThat(halts).containsExactly(OutOfMemoryExit.EXIT_CODE);
    }

    @Test
    void anyOtherErrorLeavesTheProcessRunning() {
        exit.haltIfOutOfMemory(new IllegalStateException("ordinary", new RuntimeException()));
        assertThat(exit.resolveException(null, null, null, new RuntimeException("ordinary")))
                .isNull();

        assertThat(halts).isEmpty();
    }
}
