package io.pgdeck.jobs;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Streams that stay open until the server ends them (live events, a job's growing log). They never end by
 * themselves, and a graceful shutdown waits for open requests: they are ended first (this lifecycle stops before the
 * web server's), and the browsers reconnect to whatever comes next. A stopped context may start again (tests pause
 * the contexts they do not use).
 */
abstract class OpenEmitters<E extends ResponseBodyEmitter> implements SmartLifecycle {

    private final Set<E> open = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    /** Keeps {@code emitter} until it completes, fails or is forgotten; {@code onEnd} runs when it does. */
    final E track(E emitter, Runnable onEnd) {
        emitter.onCompletion(() -> forget(emitter, onEnd));
        emitter.onError(error -> forget(emitter, onEnd));
        open.add(emitter);
        return emitter;
    }

    final void forEachOpen(Consumer<E> action) {
        open.forEach(action);
    }

    /** The client went away (or the stream already ended): forget it and end it. */
    final void drop(E emitter, Throwable gone) {
        open.remove(emitter);
        end(() -> emitter.completeWithError(gone));
    }

    /**
     * Ending a stream the servlet container has already failed (the browser left mid-send) throws; that stream is over
     * either way, and the job or request that was publishing must not fail with it.
     */
    private static void end(Runnable ending) {
        try {
            ending.run();
        } catch (IllegalStateException alreadyOver) {
            // Nothing left to end.
        }
    }

    private void forget(E emitter, Runnable onEnd) {
        open.remove(emitter);
        onEnd.run();
    }

    @Override
    public void stop() {
        running = false;
        open.forEach(emitter -> end(emitter::complete));
        open.clear();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
