package io.pgdeck.backup;

import io.pgdeck.storage.StorageArea;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A backup is written under a temporary name beside its target and takes the target's name only once pg_dump
 * succeeded, so a failed or cancelled backup never leaves a half file that looks like a backup. The temporary name
 * follows the storage area's convention for uploads in progress ({@code .upload-<uuid>.part}): hidden from listings,
 * refused as a path, and removed when pgdeck starts.
 */
@Component
final class BackupFiles {

    private static final Logger log = LoggerFactory.getLogger(BackupFiles.class);
    private static final String TEMPORARY_PREFIX = ".upload-";
    private static final String TEMPORARY_SUFFIX = ".part";

    BackupFiles(StorageArea area) {
        // The storage area removes leftover temporary files; a directory-format backup leaves a folder.
        removeLeftoverFolders(area.root());
    }

    Path temporaryBeside(Path target) {
        return target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + TEMPORARY_SUFFIX);
    }

    /** Gives the finished backup its name; an existing target is replaced only when the request said so. */
    void publish(Path temporary, Path target, boolean overwrite) throws IOException {
        if (overwrite && Files.isDirectory(target)) {
            deleteRecursively(target);
        }
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.getFileName() + " appeared while the backup ran");
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    static long size(Path backup) throws IOException {
        if (!Files.isDirectory(backup)) {
            return Files.size(backup);
        }
        try (var files = Files.walk(backup)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                Files.delete(folder);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void removeLeftoverFolders(Path folder) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                if (!Files.isDirectory(child) || Files.isSymbolicLink(child)) {
                    continue;
                }
                String name = child.getFileName().toString();
                if (name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX)) {
                    deleteRecursively(child);
                } else {
                    removeLeftoverFolders(child);
                }
            }
        } catch (IOException e) {
            log.warn("backup: could not remove unfinished backups under {}: {}", folder, e.getMessage());
        }
    }
}
