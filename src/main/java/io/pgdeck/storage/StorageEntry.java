package io.pgdeck.storage;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;

/** One file or folder as the Storage Manager shows it; {@code size} is null for folders. */
public record StorageEntry(String name, Type type, Long size, Instant modifiedAt) {

    public enum Type {
        FILE,
        DIRECTORY;

        @JsonValue
        String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The entry for an existing path (a link inside the area shows as what it points to). */
    static StorageEntry of(Path path) {
        try {
            return of(path, Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StorageEntry of(Path path, BasicFileAttributes attributes) {
        boolean directory = attributes.isDirectory();
        return new StorageEntry(
                path.getFileName().toString(),
                directory ? Type.DIRECTORY : Type.FILE,
                directory ? null : attributes.size(),
                attributes.lastModifiedTime().toInstant());
    }
}
