package io.pgdeck.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Sends a job's log as it grows, like {@code tail -f}, until the job ends. A couple of shared threads poll the files;
 * no request thread waits, and memory holds one chunk per stream whatever the log's size.
 */
@Component
final class JobLogStreams extends OpenEmitters<ResponseBodyEmitter> implements DisposableBean {

    private static final long POLL_MS = 200;
    private static final int CHUNK = 64 * 1024;

    private final ScheduledExecutorService pollers = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "pgdeck-job-log");
        thread.setDaemon(true);
        return thread;
    });

    /** Streams {@code file} into a new emitter; it completes once {@code active} says the job is over and all is sent. */
    ResponseBodyEmitter follow(long id, Path file, LongPredicate active) {
        ResponseBodyEmitter emitter = new ResponseBodyEmitter(0L);
        Follower follower = new Follower(id, file, active, emitter);
        track(emitter, follower::stop);
        follower.task = pollers.scheduleWithFixedDelay(follower, 0, POLL_MS, TimeUnit.MILLISECONDS);
        return emitter;
    }

    /** The pollers outlive a stopped context (it may start again) and end with the bean. */
    @Override
    public void destroy() {
        pollers.shutdownNow();
    }

    private final class Follower implements Runnable {
        private final long id;
        private final Path file;
        private final LongPredicate active;
        private final ResponseBodyEmitter emitter;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        private volatile ScheduledFuture<?> task;
        private long position;

        Follower(long id, Path file, LongPredicate active, ResponseBodyEmitter emitter) {
            this.id = id;
            this.file = file;
            this.active = active;
            this.emitter = emitter;
        }

        @Override
        public void run() {
            try {
                // Read "over" before draining: a line written after the check is still sent by this drain.
                boolean over = !active.test(id);
                drain();
                if (over) {
                    stop();
                    emitter.complete();
                }
            } catch (IOException | RuntimeException gone) {
                stop();
                drop(emitter, gone);
            }
        }

        private void drain() throws IOException {
            if (!Files.exists(file)) {
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.position(position);
                for (int read = channel.read(buffer); read > 0; read = channel.read(buffer)) {
                    position += read;
                    byte[] chunk = new byte[read];
                    buffer.flip().get(chunk);
                    buffer.clear();
                    emitter.send(chunk, MediaType.TEXT_PLAIN);
                }
            }
        }

        void stop() {
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
    }
}
