package io.pgdeck.jobs;

import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams. Every job status change goes to each of them as an event named {@code job}
 * whose data is the job; a comment every 20 seconds keeps proxies from closing an idle stream and finds dead ones.
 */
@Component
final class JobEvents extends OpenEmitters<SseEmitter> {

    /** Browsers reconnect on their own; a bounded life lets the server forget streams whose session is gone. */
    private static final long STREAM_LIFETIME_MS = 30 * 60 * 1000L;

    SseEmitter open() {
        SseEmitter stream = track(new SseEmitter(STREAM_LIFETIME_MS), () -> {});
        stream.onTimeout(stream::complete);
        // Commits the response at once, so the browser's EventSource reports the stream open.
        send(stream, SseEmitter.event().comment("pgdeck events"));
        return stream;
    }

    void publish(Job job) {
        forEachOpen(stream -> send(
                stream,
                SseEmitter.event().name("job").id(String.valueOf(job.id())).data(job, MediaType.APPLICATION_JSON)));
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        forEachOpen(stream -> send(stream, SseEmitter.event().comment("keep-alive")));
    }

    private void send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            drop(stream, gone);
        }
    }
}
