package io.pgdeck.storage;

import static io.pgdeck.storage.StorageRequests.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quota (10 GB in the test deployment) is checked before an upload (its Content-Length) and while it streams (the
 * bytes counted). The area is filled to 1 MB below the quota with a sparse file, which takes no disk.
 */
class StorageQuotaTest extends StorageFolderTest {

    private static final int MB = 1024 * 1024;

    @Autowired
    StorageQuota quota;

    @BeforeEach
    void fillStorageToOneMegabyteBelowTheQuota() throws IOException {
        try (RandomAccessFile filler =
                new RandomAccessFile(folder.resolve("filler.bin").toFile(), "rw")) {
            filler.setLength(quota.limit() - quota.used() - MB);
        }
    }

    @Test
    void refusesAnUploadWhoseLengthDoesNotFitBeforeReadingIt() {
        Client.Response response = StorageRequests.put(client, name + "/big.bin", new byte[2 * MB]);

        assertTooLarge(response);
        assertNothingLeft();
    }

    @Test
    void stopsAnUploadOfUnknownLengthWhenItCrossesTheQuota() {
        // No Content-Length (chunked): only counting the bytes as they arrive can stop it.
        Client.Response response = client.send(client.withCsrf(
                        HttpRequest.newBuilder(client.uri("/api/v1/files/content?path=" + name + "/stream.bin")))
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[2 * MB]))));

        assertTooLarge(response);
        assertNothingLeft();
    }

    @Test
    void refusesAFormUploadThatDoesNotFit() {
        Client.Response response = StorageRequests.upload(client, name, Map.of("big.bin", new byte[2 * MB]), "");

        assertTooLarge(response);
        assertNothingLeft();
    }

    @Test
    void acceptsWhatStillFitsAndShowsTheAreaNearlyFull() {
        assertThat(StorageRequests.put(client, name + "/small.bin", new byte[MB / 2])
                        .status())
                .isEqualTo(201);

        long used = client.get("/api/v1/files/usage").json().get("used").asLong();
        assertThat(used).isEqualTo(quota.limit() - MB / 2);
        assertThat(StorageRequests.put(client, name + "/one-more.bin", bytes("x".repeat(MB)))
                        .status())
                .isEqualTo(413);
    }

    private static void assertTooLarge(Client.Response response) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asString()).isEqualTo("Storage quota exceeded");
        assertThat(response.json().get("detail").asString()).contains("10.0 GB");
    }

    private void assertNothingLeft() {
        try (var entries = Files.list(folder)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactly("filler.bin");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
