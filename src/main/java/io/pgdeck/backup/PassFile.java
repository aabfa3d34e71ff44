package io.pgdeck.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * A libpq password file for one tool run: created readable by pgdeck alone (0600, from its first byte), named to the
 * tool by {@code PGPASSFILE}, deleted when the run ends. The password never reaches argv, the log or the job's command.
 */
final class PassFile implements AutoCloseable {

    private final Path path;

    private PassFile(Path path) {
        this.path = path;
    }

    static PassFile create(Path folder, String username, String password) {
        try {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = Files.createFile(
                    folder.resolve("pgpass-" + UUID.randomUUID()),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String line = "*:*:*:" + escape(username) + ":" + escape(password) + "\n";
            Files.writeString(file, line, StandardCharsets.UTF_8);
            return new PassFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the password file for the tool", e);
        }
    }

    /** libpq reads ':' as a field separator and '\' as an escape. */
    static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the password file " + path, e);
        }
    }
}
