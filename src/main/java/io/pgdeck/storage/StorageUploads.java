package io.pgdeck.storage;

import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Writes files into storage as streams. An upload goes to a hidden temporary file beside its target and takes the
 * target's name only once it is complete, so a failed, refused or cancelled upload leaves nothing behind; an existing
 * file is replaced only when the caller asked for it.
 */
@Component
public final class StorageUploads {

    private static final Logger log = LoggerFactory.getLogger(StorageUploads.class);
    private static final int BUFFER_SIZE = 256 * 1024;

    private final StorageArea area;
    private final StorageQuota quota;

    StorageUploads(StorageArea area, StorageQuota quota) {
        this.area = area;
        this.quota = quota;
    }

    /** Refuses (413) before reading anything when {@code length} bytes (negative: unknown) cannot fit. */
    public void requireRoom(long length) {
        quota.requireRoom(length);
    }

    /**
     * Starts a new file at {@code path}: refused with 404 when its folder is missing, 409 when something exists there
     * and {@code overwrite} is false (or is a folder). Nothing appears at {@code path} until {@link Upload#commit()}.
     */
    public Upload begin(String path, boolean overwrite) {
        Path target = area.resolveEntry(path);
        area.requireFolder(target.getParent());
        if (Files.isDirectory(target)) {
            throw Problems.conflict(area.describe(target) + " is a folder; a file cannot replace it.");
        }
        if (!overwrite && Files.exists(target)) {
            throw alreadyExists(target);
        }
        return new Upload(target, overwrite, area.temporaryFor(target), quota.reserve());
    }

    private ErrorResponseException alreadyExists(Path target) {
        return Problems.conflict(
                area.describe(target) + " already exists. Upload again with overwrite=true to replace it.");
    }

    /** One file being written; close it in every case (try-with-resources): unless committed, it leaves nothing. */
    public final class Upload implements AutoCloseable {
        private final Path target;
        private final boolean overwrite;
        private final Path temporary;
        private final StorageQuota.Reservation reservation;
        private long written;
        private boolean committed;

        private Upload(Path target, boolean overwrite, Path temporary, StorageQuota.Reservation reservation) {
            this.target = target;
            this.overwrite = overwrite;
            this.temporary = temporary;
            this.reservation = reservation;
        }

        public Path target() {
            return target;
        }

        /** Copies {@code body} to the end into the temporary file, within the quota; answers the bytes written. */
        public long write(InputStream body) {
            try (FileChannel out =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[BUFFER_SIZE];
                for (int n = read(body, buffer); n >= 0; n = read(body, buffer)) {
                    reservation.take(n);
                    ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                    while (chunk.hasRemaining()) {
                        out.write(chunk);
                    }
                    written += n;
                }
                // On disk before it takes its name: after a crash there is a whole file or none.
                out.force(false);
            } catch (IOException e) {
                throw storageFailure(e);
            }
            return written;
        }

        /** Gives the complete file its name; answers what is now there. */
        public StorageEntry commit() {
            try {
                if (overwrite) {
                    // rename(2) replaces the old file in one step: readers see the old or the new one.
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    publishWithoutReplacing();
                }
            } catch (FileAlreadyExistsException e) {
                throw alreadyExists(target);
            } catch (NoSuchFileException e) {
                throw Problems.conflict("The folder of " + area.describe(target) + " was removed during the upload.");
            } catch (IOException e) {
                throw storageFailure(e);
            }
            committed = true;
            log.info("storage: stored {} ({} bytes)", area.pathOf(target), written);
            return StorageEntry.of(target);
        }

        /** A hard link fails if the name is taken, even by a file that appeared during the upload. */
        private void publishWithoutReplacing() throws IOException {
            try {
                Files.createLink(target, temporary);
            } catch (FileAlreadyExistsException | NoSuchFileException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException noHardLinks) {
                Files.move(temporary, target);
                return;
            }
            Files.delete(temporary);
        }

        @Override
        public void close() {
            reservation.close();
            if (!committed) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    log.warn("storage: could not remove the unfinished upload {}", temporary, e);
                }
            }
        }
    }

    /** A read that fails is the client's doing (gone, cut off, malformed); it must not look like a server fault. */
    private static int read(InputStream body, byte[] buffer) {
        try {
            // The container hands over a few KB per read; filling the buffer first keeps disk writes large.
            int n = body.readNBytes(buffer, 0, buffer.length);
            return n == 0 ? -1 : n;
        } catch (IOException e) {
            throw interrupted(e);
        }
    }

    static ErrorResponseException interrupted(IOException cause) {
        return Problems.problem(
                HttpStatus.BAD_REQUEST,
                "Upload interrupted",
                "The upload stopped before it was complete (" + cause.getClass().getSimpleName()
                        + "); nothing was stored.");
    }

    private static RuntimeException storageFailure(IOException e) {
        if (String.valueOf(e.getMessage()).contains("No space left")) {
            return Problems.problem(
                    HttpStatus.INSUFFICIENT_STORAGE, "Disk full", "The storage disk is full; nothing was stored.");
        }
        return new UncheckedIOException(e);
    }
}
