package io.pgdeck.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A browser that leaves while an event is on its way must not fail whoever was publishing (a backup being started). */
class JobEventsTest {

    private static final Job JOB = new Job(
            7,
            JobType.BACKUP,
            "shop",
            "shop",
            "a.dump",
            JobStatus.QUEUED,
            Instant.now(),
            null,
            null,
            null,
            null,
            "",
            null);

    /** What Tomcat's stream does once its client is gone and the container has failed the request. */
    private static final class FailedStream extends SseEmitter {
        final AtomicInteger sends = new AtomicInteger();

        @Override
        public void send(SseEventBuilder event) {
            sends.incrementAndGet();
            throw new IllegalStateException("the response is already failed");
        }

        @Override
        public void completeWithError(Throwable ex) {
            throw new IllegalStateException("A non-container thread attempted to use the AsyncContext after an error");
        }

        @Override
        public void complete() {
            throw new IllegalStateException("A non-container thread attempted to use the AsyncContext after an error");
        }
    }

    @Test
    void aStreamWhoseBrowserLeftIsForgottenWithoutFailingThePublisher() {
        JobEvents events = new JobEvents();
        FailedStream gone = new FailedStream();
        events.track(gone, () -> {});

        assertThatCode(() -> events.publish(JOB)).doesNotThrowAnyException();
        events.publish(JOB);

        assertThat(gone.sends).as("sends to the stream that left").hasValue(1);
    }

    @Test
    void stoppingEndsEveryStreamEvenWhenOneIsAlreadyOver() {
        JobEvents events = new JobEvents();
        events.start();
        events.track(new FailedStream(), () -> {});

        assertThatCode(events::stop).doesNotThrowAnyException();
        assertThat(events.isRunning()).isFalse();
    }
}
