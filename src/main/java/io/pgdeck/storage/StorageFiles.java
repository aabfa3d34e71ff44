package io.pgdeck.storage;

import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Browsing and rearranging the storage area: list, create folder, move, delete, find a file to read. */
@Component
public final class StorageFiles {

    private static final Logger log = LoggerFactory.getLogger(StorageFiles.class);

    public record Listing(String path, List<StorageEntry> entries) {}

    private final StorageArea area;

    StorageFiles(StorageArea area) {
        this.area = area;
    }

    /** The folder's entries by name; uploads in progress and links leading out of the area are not shown. */
    public Listing list(String path) {
        Path folder = area.resolve(path);
        requireKind(folder, true);
        List<StorageEntry> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
            for (Path child : children) {
                if (!StorageArea.isTemporary(child) && area.staysInside(child)) {
                    readEntry(child, entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.sort(Comparator.comparing(StorageEntry::name));
        return new Listing(area.pathOf(folder), entries);
    }

    private static void readEntry(Path child, List<StorageEntry> entries) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class);
            if (attributes.isDirectory() || attributes.isRegularFile()) {
                entries.add(StorageEntry.of(child, attributes));
            }
        } catch (IOException goneMeanwhile) {
            // Removed between listing and reading: it is simply not there.
        }
    }

    /** The regular file {@code path} names, for reading: 404 when missing, 400 for a folder. */
    public Path file(String path) {
        Path file = area.resolveEntry(path);
        requireKind(file, false);
        return file;
    }

    /** Creates one folder; its parent must exist (404), and the name must be free (409). */
    public StorageEntry createDirectory(String path) {
        Path folder = area.resolveEntry(path);
        area.requireFolder(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            throw Problems.conflict(area.describe(folder) + " already exists.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("storage: created folder {}", area.pathOf(folder));
        return StorageEntry.of(folder);
    }

    /** Renames or moves a file or folder; never over an existing entry (409). */
    public StorageEntry move(String from, String to) {
        Path source = area.resolveEntry(from);
        Path target = area.resolveEntry(to);
        requireExists(source);
        area.requireFolder(target.getParent());
        if (target.equals(source)) {
            throw Problems.conflict(area.describe(target) + " already exists; choose another name.");
        }
        if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS) && target.startsWith(source)) {
            throw Problems.badRequest("A folder cannot be moved into itself.");
        }
        try {
            Files.move(source, target);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw Problems.conflict(area.describe(target) + " already exists; move or delete it first.");
        } catch (NoSuchFileException e) {
            throw Problems.notFound(area.describe(source) + " was removed meanwhile.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("storage: moved {} to {}", area.pathOf(source), area.pathOf(target));
        return StorageEntry.of(target);
    }

    /** Deletes a file, or a folder: an empty one always, one with content only when {@code recursive}. */
    public void delete(String path, boolean recursive) {
        Path entry = area.resolveEntry(path);
        requireExists(entry);
        try {
            if (recursive && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(entry, new Deleter());
            } else {
                Files.delete(entry);
            }
        } catch (DirectoryNotEmptyException e) {
            throw Problems.conflict(area.describe(entry) + " is not empty; delete it with recursive=true.");
        } catch (NoSuchFileException e) {
            throw Problems.notFound(area.describe(entry) + " was removed meanwhile.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("storage: deleted {}", area.pathOf(entry));
    }

    private void requireExists(Path entry) {
        if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
            throw nothingAt(entry);
        }
    }

    private void requireKind(Path entry, boolean folder) {
        if (!Files.exists(entry)) {
            throw nothingAt(entry);
        }
        if (folder && !Files.isDirectory(entry)) {
            throw Problems.badRequest(area.describe(entry) + " is a file, not a folder.");
        }
        if (!folder && !Files.isRegularFile(entry)) {
            throw Problems.badRequest(area.describe(entry) + " is a folder, not a file.");
        }
    }

    /** Deletes a tree bottom-up; links are removed, never followed. */
    private static final class Deleter extends SimpleFileVisitor<Path> {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
            if (e != null) {
                throw e;
            }
            Files.deleteIfExists(folder);
            return FileVisitResult.CONTINUE;
        }
    }

    private ErrorResponseException nothingAt(Path entry) {
        return Problems.notFound("There is nothing at " + area.describe(entry) + " in storage.");
    }
}
