package io.pgdeck.storage;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Storage is not an archive: a sweep removes files older than {@code pgdeck.storage.max-age}, and folders in which
 * nothing changed for that long once they are empty. At start, uploads that a previous run left unfinished are removed.
 */
@Component
final class StorageRetention {

    private static final Logger log = LoggerFactory.getLogger(StorageRetention.class);

    private final StorageArea area;
    private final Duration maxAge;

    StorageRetention(StorageArea area, StorageProperties properties) {
        this.area = area;
        this.maxAge = properties.maxAge();
        // Beans are made before the web server opens, so no upload of this run can be in progress yet.
        removeLeftoverUploads();
    }

    @Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void sweep() {
        int removed = removeOlderThan(Instant.now().minus(maxAge));
        if (removed > 0) {
            log.info("storage: removed {} entries older than {}", removed, maxAge);
        }
    }

    /** Removes what was last modified before {@code cutoff}; answers how many files and folders went. */
    int removeOlderThan(Instant cutoff) {
        return walk(new Sweeper(cutoff));
    }

    /** Removes the temporary files of uploads that never finished (the process stopped during them). */
    int removeLeftoverUploads() {
        return walk(new Remover() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (StorageArea.isTemporary(file)) {
                    remove(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private int walk(Remover remover) {
        try {
            Files.walkFileTree(area.root(), remover);
        } catch (IOException e) {
            log.warn("storage: cleaning {} failed", area.root(), e);
        }
        return remover.removed;
    }

    /** Walks without following links (a link is removed, never what it points to) and survives vanishing files. */
    private abstract static class Remover extends SimpleFileVisitor<Path> {
        int removed;

        void remove(Path entry) {
            try {
                if (Files.deleteIfExists(entry)) {
                    removed++;
                }
            } catch (DirectoryNotEmptyException stillUsed) {
                // Something arrived meanwhile: keep the folder.
            } catch (IOException e) {
                log.warn("storage: could not remove {}", entry, e);
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
        }
    }

    private final class Sweeper extends Remover {
        private final Instant cutoff;
        // A folder's time changes when its old files go, so whether it is old is decided before they do.
        private final Set<Path> oldFolders = new HashSet<>();

        Sweeper(Instant cutoff) {
            this.cutoff = cutoff;
        }

        private boolean isOld(BasicFileAttributes attributes) {
            return attributes.lastModifiedTime().toInstant().isBefore(cutoff);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
            if (!folder.equals(area.root()) && isOld(attributes)) {
                oldFolders.add(folder);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isOld(attributes)) {
                remove(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) {
            if (oldFolders.remove(folder) && isEmpty(folder)) {
                remove(folder);
            }
            return FileVisitResult.CONTINUE;
        }

        private static boolean isEmpty(Path folder) {
            try (var children = Files.newDirectoryStream(folder)) {
                return !children.iterator().hasNext();
            } catch (IOException e) {
                return false;
            }
        }
    }
}
