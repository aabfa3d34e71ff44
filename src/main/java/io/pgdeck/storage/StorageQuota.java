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
final class StorageQuota {

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
    void requireRoom(long length) {
        long used = used();
        if (length >= 0 && used + length > limit) {
            throw exceeded(used, length);
        }
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
        SizeCounter counter = new SizeCounter();
        try {
            Files.walkFileTree(area.root(), counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.total;
    }

    private static final class SizeCounter extends SimpleFileVisitor<Path> {
        private long total;

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile() && !StorageArea.isTemporary(file)) {
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
