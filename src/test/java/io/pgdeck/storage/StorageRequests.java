package io.pgdeck.storage;

import io.pgdeck.testing.Client;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/** Requests to the storage API as a browser or a script sends them, and a look at the storage folder on disk. */
final class StorageRequests {

    static final String BOUNDARY = "----pgdeck-test-boundary";

    private StorageRequests() {}

    static String query(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    static Client.Response put(Client client, String path, byte[] body) {
        return put(client, path, body, "");
    }

    static Client.Response put(Client client, String path, byte[] body, String extraQuery) {
        return client.send(client.withCsrf(
                        HttpRequest.newBuilder(client.uri("/api/v1/files/content?path=" + query(path) + extraQuery)))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static Client.Response list(Client client, String path) {
        return client.get("/api/v1/files?path=" + query(path));
    }

    static Client.Response mkdir(Client client, String path) {
        return client.send(
                client.withCsrf(HttpRequest.newBuilder(client.uri("/api/v1/files/directories?path=" + query(path))))
                        .POST(HttpRequest.BodyPublishers.noBody()));
    }

    static Client.Response move(Client client, String from, String to) {
        return client.postJson("/api/v1/files/move", "{\"from\":" + json(from) + ",\"to\":" + json(to) + "}");
    }

    static Client.Response delete(Client client, String path, boolean recursive) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(
                        client.uri("/api/v1/files?path=" + query(path) + (recursive ? "&recursive=true" : ""))))
                .DELETE());
    }

    static Client.Response upload(Client client, String folder, Map<String, byte[]> files, String extraQuery) {
        return client.send(client.withCsrf(
                        HttpRequest.newBuilder(client.uri("/api/v1/files/upload?path=" + query(folder) + extraQuery)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(files))));
    }

    /** A multipart/form-data body as a browser builds it from a file input called "files". */
    static byte[] multipart(Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Downloads as bytes (the test client reads text), with an optional Range header. */
    static HttpResponse<byte[]> download(Client client, String path, String range) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri("/api/v1/files/content?path=" + query(path)))
                .header("Cookie", "JSESSIONID=" + client.cookie("JSESSIONID"));
        if (range != null) {
            request.header("Range", range);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.chars().forEach(c -> {
            if (c < 0x20 || c == '"' || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }

    /** A fresh folder for one test, so tests sharing the storage area never see each other's files. */
    static Path freshFolder(StorageArea area) {
        try {
            return Files.createDirectory(area.root().resolve("test-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every path under {@code root} with its size and content digest: equal snapshots mean nothing was touched. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> snapshot.put(root.relativize(path).toString(), describe(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshot;
    }

    private static String describe(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "link to " + Files.readSymbolicLink(path);
            }
            if (Files.isDirectory(path)) {
                return "folder";
            }
            return "file " + Files.size(path) + " "
                    + Files.getLastModifiedTime(path).toMillis() + " "
                    + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
