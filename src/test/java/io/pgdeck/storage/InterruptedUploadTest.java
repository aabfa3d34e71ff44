package io.pgdeck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A client that goes away in the middle of an upload (a closed tab, a lost network): the server sees part of the body,
 * then the end of the connection. Nothing may be left: no file under the name, no temporary file.
 */
class InterruptedUploadTest extends StorageFolderTest {

    private static final int MB = 1024 * 1024;

    @Test
    void aRawUploadCutOffHalfWayLeavesNothing() throws IOException {
        String head = "PUT /api/v1/files/content?path=" + name + "/cut.bin HTTP/1.1\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "Content-Length: " + (8 * MB) + "\r\n";

        sendHalfAndHangUp(head, new byte[2 * MB]);

        assertThat(folder.resolve("cut.bin")).doesNotExist();
    }

    @Test
    void aFormUploadCutOffHalfWayLeavesNothing() throws IOException {
        byte[] whole = StorageRequests.multipart(Map.of("first.bin", new byte[MB], "second.bin", new byte[4 * MB]));
        byte[] half = java.util.Arrays.copyOf(whole, 3 * MB);
        String head = "POST /api/v1/files/upload?path=" + name + " HTTP/1.1\r\n"
                + "Content-Type: multipart/form-data; boundary=" + StorageRequests.BOUNDARY + "\r\n"
                + "Content-Length: " + whole.length + "\r\n";

        sendHalfAndHangUp(head, half);

        // The first file was complete, but a form's files are stored together or not at all.
        assertThat(folder.resolve("first.bin")).doesNotExist();
        assertThat(folder.resolve("second.bin")).doesNotExist();
    }

    @Test
    void aFormWhoseBodyEndsEarlyIsRefusedAndLeavesNothing() {
        byte[] whole = StorageRequests.multipart(Map.of("only.bin", new byte[MB]));
        Client.Response response = client.send(
                client.withCsrf(java.net.http.HttpRequest.newBuilder(client.uri("/api/v1/files/upload?path=" + name)))
                        .header("Content-Type", "multipart/form-data; boundary=" + StorageRequests.BOUNDARY)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                                java.util.Arrays.copyOf(whole, whole.length / 2))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("title").asString()).isEqualTo("Upload interrupted");
        assertThat(entries()).isEmpty();
    }

    /** Sends the head and part of the body, waits until the upload is under way, then drops the connection. */
    private void sendHalfAndHangUp(String head, byte[] part) throws IOException {
        String cookies = "JSESSIONID=" + client.cookie("JSESSIONID") + "; XSRF-TOKEN=" + client.cookie("XSRF-TOKEN");
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((head + "Host: localhost:" + port + "\r\n"
                            + "Cookie: " + cookies + "\r\n"
                            + "X-XSRF-TOKEN: " + client.cookie("XSRF-TOKEN") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.flush();
            awaitTrue("a temporary file to appear", () -> entries().stream().anyMatch(StorageArea::isTemporary));
        }
        awaitTrue("the temporary file to go", () -> entries().isEmpty());
    }

    private List<Path> entries() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
