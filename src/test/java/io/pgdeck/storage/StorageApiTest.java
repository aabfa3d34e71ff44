package io.pgdeck.storage;

import static io.pgdeck.storage.StorageRequests.bytes;
import static io.pgdeck.storage.StorageRequests.delete;
import static io.pgdeck.storage.StorageRequests.download;
import static io.pgdeck.storage.StorageRequests.list;
import static io.pgdeck.storage.StorageRequests.mkdir;
import static io.pgdeck.storage.StorageRequests.move;
import static io.pgdeck.storage.StorageRequests.put;
import static io.pgdeck.storage.StorageRequests.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each Storage Manager operation as a script or the page performs it, checked on the API and on disk. */
class StorageApiTest extends StorageFolderTest {

    @Test
    void listsAFolderWithFilesAndSubfoldersByName() throws IOException {
        Files.writeString(folder.resolve("b.sql"), "select 1;");
        Files.createDirectory(folder.resolve("a-folder"));
        Files.setLastModifiedTime(folder.resolve("b.sql"), FileTime.from(Instant.parse("2024-05-01T10:00:00Z")));

        Client.Response response = list(client, name);

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("path").asString()).isEqualTo(name);
        JsonNode entries = json.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("name").asString()).isEqualTo("a-folder");
        assertThat(entries.get(0).get("type").asString()).isEqualTo("directory");
        assertThat(entries.get(1).get("name").asString()).isEqualTo("b.sql");
        assertThat(entries.get(1).get("type").asString()).isEqualTo("file");
        assertThat(entries.get(1).get("size").asLong()).isEqualTo(9);
        assertThat(entries.get(1).get("modifiedAt").asString()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void listsTheTopOfStorageWhenNoPathIsGiven() {
        Client.Response response = client.get("/api/v1/files");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("path").asString()).isEmpty();
        assertThat(response.json().get("entries").findValuesAsString("name")).contains(name);
    }

    @Test
    void listingAMissingFolderIs404AndAFileIs400() throws IOException {
        Files.writeString(folder.resolve("file.txt"), "x");

        assertThat(list(client, name + "/missing").status()).isEqualTo(404);
        assertThat(list(client, name + "/file.txt").status()).isEqualTo(400);
    }

    @Test
    void uploadsARawBodyAndDownloadsItWithItsName() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);

        Client.Response stored = put(client, name + "/dump.bin", content);

        assertThat(stored.status()).isEqualTo(201);
        assertThat(stored.json().get("name").asString()).isEqualTo("dump.bin");
        assertThat(stored.json().get("size").asLong()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(folder.resolve("dump.bin"))).isEqualTo(content);
        HttpResponse<byte[]> downloaded = download(client, name + "/dump.bin", null);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(content);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(downloaded.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(downloaded.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"dump.bin\"; filename*=UTF-8''dump.bin");
        assertThat(folder.toFile().list()).containsExactly("dump.bin");
    }

    @Test
    void keepsANonAsciiNameAndGivesItInFilenameStar() throws IOException {
        String fileName = "résumé \"final\" 東京.sql";

        assertThat(put(client, name + "/" + fileName, bytes("select 1;")).status())
                .isEqualTo(201);

        assertThat(Files.readString(folder.resolve(fileName))).isEqualTo("select 1;");
        HttpResponse<byte[]> downloaded = download(client, name + "/" + fileName, null);
        assertThat(downloaded.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"r_sum_ _final_ __.sql\"; "
                        + "filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22%20%E6%9D%B1%E4%BA%AC.sql");
    }

    @Test
    void answersARangeWith206AndTheRightBytes() throws IOException {
        Files.writeString(folder.resolve("alphabet.txt"), "abcdefghijklmnopqrstuvwxyz");
        String path = name + "/alphabet.txt";

        HttpResponse<byte[]> middle = download(client, path, "bytes=3-9");
        HttpResponse<byte[]> tail = download(client, path, "bytes=-4");
        HttpResponse<byte[]> open = download(client, path, "bytes=20-");

        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(new String(middle.body(), StandardCharsets.US_ASCII)).isEqualTo("defghij");
        assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 3-9/26");
        assertThat(middle.headers().firstValue("Content-Length")).hasValue("7");
        assertThat(new String(tail.body(), StandardCharsets.US_ASCII)).isEqualTo("wxyz");
        assertThat(new String(open.body(), StandardCharsets.US_ASCII)).isEqualTo("uvwxyz");
    }

    @Test
    void refusesARangeBeyondTheEndWith416() throws IOException {
        Files.writeString(folder.resolve("short.txt"), "abc");

        HttpResponse<byte[]> response = download(client, name + "/short.txt", "bytes=10-20");

        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */3");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void downloadingAMissingFileIs404AndAFolderIs400() {
        assertThat(client.get("/api/v1/files/content?path=" + name + "/nothing.sql")
                        .status())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/files/content?path=" + name).status()).isEqualTo(400);
    }

    @Test
    void neverOverwritesSilentlyButReplacesWhenAsked() throws IOException {
        String path = name + "/backup.dump";
        assertThat(put(client, path, bytes("first")).status()).isEqualTo(201);

        Client.Response refused = put(client, path, bytes("second"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .contains("already exists")
                .contains("overwrite=true");
        assertThat(Files.readString(folder.resolve("backup.dump"))).isEqualTo("first");

        Client.Response replaced = put(client, path, bytes("third"), "&overwrite=true");

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(Files.readString(folder.resolve("backup.dump"))).isEqualTo("third");
        assertThat(folder.toFile().list()).containsExactly("backup.dump");
    }

    @Test
    void neverReplacesAFolderWithAFile() throws IOException {
        Files.createDirectory(folder.resolve("sub"));

        assertThat(put(client, name + "/sub", bytes("x"), "&overwrite=true").status())
                .isEqualTo(409);
        assertThat(folder.resolve("sub")).isDirectory();
    }

    @Test
    void uploadingIntoAMissingFolderIs404AndStoresNothing() {
        assertThat(put(client, name + "/missing/file.txt", bytes("x")).status()).isEqualTo(404);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void storesAFormBodyVerbatimInsteadOfParsingIt() throws IOException {
        Client.Response response = client.send(client.withCsrf(java.net.http.HttpRequest.newBuilder(
                        client.uri("/api/v1/files/content?path=" + name + "/form.txt")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("a=1&b=2")));

        assertThat(response.status()).isEqualTo(201);
        assertThat(Files.readString(folder.resolve("form.txt"))).isEqualTo("a=1&b=2");
    }

    @Test
    void uploadsSeveralFilesFromABrowserForm() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("one.sql", bytes("select 1;"));
        files.put("two.csv", bytes("a,b\n1,2\n"));
        files.put("naïve.txt", bytes("ü"));

        Client.Response response = upload(client, name, files, "");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("entries").findValuesAsString("name"))
                .containsExactly("one.sql", "two.csv", "naïve.txt");
        assertThat(Files.readString(folder.resolve("one.sql"))).isEqualTo("select 1;");
        assertThat(Files.readString(folder.resolve("two.csv"))).isEqualTo("a,b\n1,2\n");
        assertThat(Files.readString(folder.resolve("naïve.txt"))).isEqualTo("ü");
    }

    @Test
    void aFormWithOneConflictingFileStoresNoneOfItsFiles() throws IOException {
        Files.writeString(folder.resolve("taken.sql"), "old");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("new.sql", bytes("new"));
        files.put("taken.sql", bytes("replacement"));

        Client.Response response = upload(client, name, files, "");

        assertThat(response.status()).isEqualTo(409);
        assertThat(folder.toFile().list()).containsExactly("taken.sql");
        assertThat(Files.readString(folder.resolve("taken.sql"))).isEqualTo("old");

        assertThat(upload(client, name, files, "&overwrite=true").status()).isEqualTo(201);
        assertThat(Files.readString(folder.resolve("taken.sql"))).isEqualTo("replacement");
    }

    @Test
    void aFormFileNameWithAFolderInItIsRefused() {
        Client.Response response = upload(client, name, Map.of("../escape.sql", bytes("x")), "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(folder.toFile().list()).isEmpty();
        assertThat(area.root().resolveSibling("escape.sql")).doesNotExist();
    }

    @Test
    void createsAFolderOnceAndNeedsItsParent() {
        Client.Response created = mkdir(client, name + "/backups");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("type").asString()).isEqualTo("directory");
        assertThat(folder.resolve("backups")).isDirectory();
        assertThat(mkdir(client, name + "/backups").status()).isEqualTo(409);
        assertThat(mkdir(client, name + "/missing/deeper").status()).isEqualTo(404);
    }

    @Test
    void renamesAndMovesFilesAndFolders() throws IOException {
        Files.writeString(folder.resolve("old.sql"), "select 1;");
        Files.createDirectories(folder.resolve("archive"));
        Files.createDirectories(folder.resolve("dir/inner"));
        Files.writeString(folder.resolve("dir/inner/deep.txt"), "deep");

        Client.Response renamed = move(client, name + "/old.sql", name + "/new.sql");
        Client.Response moved = move(client, name + "/new.sql", name + "/archive/new.sql");
        Client.Response folderMoved = move(client, name + "/dir", name + "/archive/dir");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("new.sql");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(folderMoved.status()).isEqualTo(200);
        assertThat(Files.readString(folder.resolve("archive/new.sql"))).isEqualTo("select 1;");
        assertThat(Files.readString(folder.resolve("archive/dir/inner/deep.txt")))
                .isEqualTo("deep");
        assertThat(folder.toFile().list()).containsExactly("archive");
    }

    @Test
    void movingOntoAnExistingEntryIs409AndChangesNothing() throws IOException {
        Files.writeString(folder.resolve("a.sql"), "a");
        Files.writeString(folder.resolve("b.sql"), "b");
        Files.createDirectory(folder.resolve("dir"));

        assertThat(move(client, name + "/a.sql", name + "/b.sql").status()).isEqualTo(409);
        assertThat(move(client, name + "/a.sql", name + "/dir").status()).isEqualTo(409);
        assertThat(move(client, name + "/a.sql", name + "/a.sql").status()).isEqualTo(409);

        assertThat(Files.readString(folder.resolve("a.sql"))).isEqualTo("a");
        assertThat(Files.readString(folder.resolve("b.sql"))).isEqualTo("b");
    }

    @Test
    void movingSomethingMissingIs404AndAFolderIntoItselfIs400() throws IOException {
        Files.createDirectories(folder.resolve("dir/sub"));

        assertThat(move(client, name + "/ghost.sql", name + "/x.sql").status()).isEqualTo(404);
        assertThat(move(client, name + "/dir", name + "/dir/sub/dir").status()).isEqualTo(400);
        assertThat(move(client, name + "/dir", name + "/missing/dir").status()).isEqualTo(404);
        assertThat(client.postJson("/api/v1/files/move", "{\"from\":\"" + name + "/dir\"}")
                        .status())
                .isEqualTo(400);
        assertThat(folder.resolve("dir/sub")).isDirectory();
    }

    @Test
    void deletesAFileAndAnEmptyFolder() throws IOException {
        Files.writeString(folder.resolve("gone.sql"), "x");
        Files.createDirectory(folder.resolve("empty"));

        assertThat(delete(client, name + "/gone.sql", false).status()).isEqualTo(204);
        assertThat(delete(client, name + "/empty", false).status()).isEqualTo(204);

        assertThat(folder.toFile().list()).isEmpty();
        assertThat(delete(client, name + "/gone.sql", false).status()).isEqualTo(404);
    }

    @Test
    void deletesAFolderWithContentOnlyWhenRecursive() throws IOException {
        Files.createDirectories(folder.resolve("full/inner"));
        Files.writeString(folder.resolve("full/inner/file.txt"), "x");

        Client.Response refused = delete(client, name + "/full", false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("recursive=true");
        assertThat(folder.resolve("full/inner/file.txt")).exists();

        assertThat(delete(client, name + "/full", true).status()).isEqualTo(204);
        assertThat(folder.resolve("full")).doesNotExist();
    }

    @Test
    void recursiveDeleteRemovesALinkButNotWhatItPointsTo() throws IOException {
        Path outside = Files.createTempDirectory("pgdeck-outside-");
        try {
            Files.writeString(outside.resolve("keep.txt"), "precious");
            Files.createDirectories(folder.resolve("full"));
            Files.createSymbolicLink(folder.resolve("full/link"), outside);

            assertThat(delete(client, name + "/full", true).status()).isEqualTo(204);

            assertThat(folder.resolve("full")).doesNotExist();
            assertThat(Files.readString(outside.resolve("keep.txt"))).isEqualTo("precious");
        } finally {
            StorageRequests.deleteTree(outside);
        }
    }

    @Test
    void listingHidesUploadsInProgressAndLinksLeadingOut() throws IOException {
        Files.writeString(folder.resolve(".upload-1234.part"), "half");
        Files.writeString(folder.resolve("visible.txt"), "x");
        Files.createSymbolicLink(folder.resolve("out"), Path.of("/etc"));
        Files.createSymbolicLink(folder.resolve("in"), folder.resolve("visible.txt"));

        JsonNode entries = list(client, name).json().get("entries");

        assertThat(entries.findValuesAsString("name")).containsExactly("in", "visible.txt");
    }

    @Test
    void reportsUsageQuotaAndMaximumAge() throws IOException {
        long before = client.get("/api/v1/files/usage").json().get("used").asLong();
        Files.write(folder.resolve("kilo.bin"), new byte[1000]);

        JsonNode usage = client.get("/api/v1/files/usage").json();

        assertThat(usage.get("used").asLong()).isEqualTo(before + 1000);
        assertThat(usage.get("quota").asLong()).isEqualTo(10L * 1024 * 1024 * 1024);
        assertThat(usage.get("maxAge").asString()).isEqualTo("PT168H");
        assertThat(usage.get("maxAgeSeconds").asLong()).isEqualTo(7 * 24 * 3600);
    }

    @Test
    void documentsEveryOperationInTheOpenApiDescription() {
        JsonNode paths = client.get("/api/v1/openapi.json").json().get("paths");

        assertThat(paths.get("/api/v1/files").has("get")).isTrue();
        assertThat(paths.get("/api/v1/files").has("delete")).isTrue();
        assertThat(paths.get("/api/v1/files/content").has("put")).isTrue();
        assertThat(paths.get("/api/v1/files/content").has("get")).isTrue();
        assertThat(paths.get("/api/v1/files/upload")
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .has("multipart/form-data"))
                .isTrue();
        assertThat(paths.has("/api/v1/files/directories")).isTrue();
        assertThat(paths.has("/api/v1/files/move")).isTrue();
        assertThat(paths.has("/api/v1/files/usage")).isTrue();
    }

    @Test
    void writesNeedTheCsrfTokenAndEverythingNeedsASession() {
        Client.Response noCsrf = client.send(
                java.net.http.HttpRequest.newBuilder(client.uri("/api/v1/files/directories?path=" + name + "/x"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        Client.Response anonymous = anonymous().get("/api/v1/files");

        assertThat(noCsrf.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void theStorageAreaItselfCanBeNeitherDeletedNorMoved() {
        List<Client.Response> refusals =
                List.of(delete(client, "", true), delete(client, "/", true), move(client, "", name + "/root-copy"));

        assertThat(refusals)
                .allSatisfy(response -> assertThat(response.status()).isEqualTo(400));
        assertThat(area.root()).isDirectory();
        assertThat(folder).isDirectory();
    }
}
