package io.pgdeck.jobs;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams. Every job status change goes to each of them as an event named {@code job}
 * whose data is the job; a comment every 20 seconds keeps proxies from closing an idle stream and finds dead ones.
 */
@Component
final class JobEvents implements SmartLifecycle {

    /** Browsers reconnect on their own; a bounded life lets the server forget streams whose session is gone. */
    private static final long STREAM_LIFETIME_MS = 30 * 60 * 1000L;

    private final List<SseEmitter> streams = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    SseEmitter open() {
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME_MS);
        stream.onCompletion(() -> streams.remove(stream));
        stream.onTimeout(stream::complete);
        stream.onError(error -> streams.remove(stream));
        streams.add(stream);
        // Commits the response at once, so the browser's EventSource reports the stream open.
        send(stream, SseEmitter.event().comment("pgdeck events"));
        return stream;
    }

    void publish(Job job) {
        streams.forEach(stream -> send(
                stream,
                SseEmitter.event().name("job").id(String.valueOf(job.id())).data(job, MediaType.APPLICATION_JSON)));
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        streams.forEach(stream -> send(stream, SseEmitter.event().comment("keep-alive")));
    }

    /**
     * The streams never end by themselves, and a graceful shutdown waits for open requests: they are ended first
     * (this lifecycle stops before the web server's), and the browsers reconnect to whatever comes next.
     */
    @Override
    public void stop() {
        running = false;
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The browser went away (or the stream already ended): forget it.
            streams.remove(stream);
            stream.completeWithError(gone);
        }
    }
}
