package io.pgdeck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.storage.StorageArea;
import io.pgdeck.testing.Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the compare tests do as a user would: save a schema's snapshot into storage, then compare with it. */
final class CompareRequests {

    private CompareRequests() {}

    /** Downloads the snapshot and puts it in storage at {@code path}, as "Save snapshot" does. */
    static void save(Client client, StorageArea storage, String database, String schema, String path) {
        Client.Response response = client.get("/api/v1/databases/" + database + "/schemas/" + schema + "/snapshot");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        write(storage, path, response.body());
    }

    static void write(StorageArea storage, String path, String content) {
        try {
            Path file = storage.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Client.Response compare(Client client, String database, String schema, String body) {
        return client.postJson("/api/v1/databases/" + database + "/schemas/" + schema + "/compare", body);
    }

    static String request(String path, String options) {
        return "{\"snapshot\":\"" + path + "\",\"options\":{" + options + "},\"target\":\"live\"}";
    }
}
