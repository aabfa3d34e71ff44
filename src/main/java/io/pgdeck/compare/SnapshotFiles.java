package io.pgdeck.compare;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Reads a snapshot back from storage, refusing with 400 what is not one. */
@Component
final class SnapshotFiles {

    /** A snapshot is read whole; a schema's DDL this large is not a snapshot pgdeck wrote for a human to compare. */
    static final long LARGEST = 64L * 1024 * 1024;

    private final StorageArea storage;
    private final ObjectMapper json;

    SnapshotFiles(StorageArea storage, ObjectMapper json) {
        this.storage = storage;
        this.json = json;
    }

    Snapshot read(String path) {
        if (path == null || path.isBlank()) {
            throw Problems.badRequest("Name the snapshot file: 'snapshot' is the path of a snapshot in storage.");
        }
        Path file = storage.resolveEntry(path);
        if (!Files.isRegularFile(file)) {
            throw Problems.notFound("There is no file '" + path + "' in storage.");
        }
        try {
            if (Files.size(file) > LARGEST) {
                throw notSnapshot(path, "it is larger than " + LARGEST / (1024 * 1024) + " MB");
            }
            Snapshot snapshot;
            try (InputStream in = Files.newInputStream(file)) {
                snapshot = json.readValue(in, Snapshot.class);
            }
            if (snapshot == null || !Snapshot.FORMAT.equals(snapshot.format()) || snapshot.objects() == null) {
                throw notSnapshot(path, "it is JSON, but not a schema snapshot pgdeck saved");
            }
            if (snapshot.version() != Snapshot.VERSION) {
                throw notSnapshot(path, "its version " + snapshot.version() + " is not one this pgdeck reads");
            }
            return snapshot;
        } catch (JacksonException e) {
            throw notSnapshot(path, "it is not a JSON schema snapshot");
        } catch (IOException e) {
            throw Problems.notFound("The file '" + path + "' cannot be read from storage.");
        }
    }

    private static RuntimeException notSnapshot(String path, String why) {
        return Problems.badRequest("'" + path + "' is not a schema snapshot: " + why
                + ". Save one with \"Save snapshot\" on a schema (GET .../schemas/{schema}/snapshot).");
    }
}
