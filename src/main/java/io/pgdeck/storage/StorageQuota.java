package io.pgdeck.storage;

import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The storage quota: what the area holds plus what uploads in progress have written so far may not exceed
 * {@code pgdeck.storage.quota}. Checked before an upload starts (its declared length) and while it streams.
 */
@Component
public final class StorageQuota {

    private final StorageArea area;
    private final long limit;
    private final AtomicLong inFlight = new AtomicLong();

    StorageQuota(StorageArea area, StorageProperties properties) {
        this.area = area;
        this.limit = properties.quota().toBytes();
    }

    long limit() {
        return limit;
    }

    /** Bytes the area holds, uploads in progress included. */
    long used() {
        return stored() + inFlight.get();
    }

    /** Refuses with 413 an upload of {@code length} bytes (negative: not known yet) that cannot fit. */
    public void requireRoom(long length) {
        long used = used();
        if (length >= 0 && used + length > limit) {
            throw exceeded(used, length);
        }
    }

    /**
     * Watches {@code growing} (a file or a folder a tool writes into the area) and runs {@code whenFull} once, as soon
     * as it would take the area over the quota; closing the watch stops it.
     */
    public Watch watch(Path growing, Runnable whenFull) {
        return new Watch(growing, stored(), whenFull);
    }

    /** A watch over what a tool writes; {@link #exceeded()} says whether it stopped the tool. */
    public final class Watch implements AutoCloseable {
        private static final long POLL_MS = 200;
        private final Thread poller;
        private final Path growing;
        private final long storedAtStart;
        private volatile boolean exceeded;
        private volatile boolean closed;

        private Watch(Path growing, long storedAtStart, Runnable whenFull) {
            this.growing = growing;
            this.storedAtStart = storedAtStart;
            poller = new Thread(
                    () -> {
                        while (!closed && !exceeded) {
                            if (overLimit()) {
                                exceeded = true;
                                whenFull.run();
                                return;
                            }
                            sleep();
                        }
                    },
                    "pgdeck-quota-watch");
            poller.setDaemon(true);
            poller.start();
        }

        /** Whether what was written went over the quota, while the tool ran or by the time it ended. */
        public boolean exceeded() {
            return exceeded || overLimit();
        }

        private boolean overLimit() {
            return storedAtStart + inFlight.get() + sizeOf(growing) > limit;
        }

        /** What the quota allows, for the message of the work it stopped. */
        public String limitText() {
            return Sizes.format(limit);
        }

        @Override
        public void close() {
            closed = true;
            poller.interrupt();
        }

        private void sleep() {
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                closed = true;
            }
        }
    }

    private static long sizeOf(Path path) {
        SizeCounter counter = new SizeCounter(true);
        try {
            if (Files.exists(path)) {
                Files.walkFileTree(path, counter);
            }
        } catch (IOException e) {
            return 0;
        }
        return counter.total;
    }

    /** Counts the bytes of one upload as they arrive; closing it gives them back (the file is stored or gone). */
    Reservation reserve() {
        return new Reservation(stored());
    }

    final class Reservation implements AutoCloseable {
        private final long storedAtStart;
        private long taken;

        private Reservation(long storedAtStart) {
            this.storedAtStart = storedAtStart;
        }

        void take(long bytes) {
            taken += bytes;
            long total = storedAtStart + inFlight.addAndGet(bytes);
            if (total > limit) {
                throw exceeded(total - taken, taken);
            }
        }

        @Override
        public void close() {
            inFlight.addAndGet(-taken);
            taken = 0;
        }
    }

    private ErrorResponseException exceeded(long used, long needed) {
        return Problems.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "Storage quota exceeded",
                "The upload does not fit in storage: " + Sizes.format(used) + " of " + Sizes.format(limit)
                        + " are used and it needs " + Sizes.format(needed)
                        + ". Download what you want to keep and delete files to make room.");
    }

    /** Sum of the regular files in the area, links not followed, uploads in progress left out (counted apart). */
    private long stored() {
        SizeCounter counter = new SizeCounter(false);
        try {
            Files.walkFileTree(area.root(), counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.total;
    }

    private static final class SizeCounter extends SimpleFileVisitor<Path> {
        private final boolean countTemporary;
        private long total;

        SizeCounter(boolean countTemporary) {
            this.countTemporary = countTemporary;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && (countTemporary || !StorageArea.isTemporary(file))) {
                total += attributes.size();
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // Deleted while we walked: it no longer takes room.
            return FileVisitResult.CONTINUE;
        }
    }
}
