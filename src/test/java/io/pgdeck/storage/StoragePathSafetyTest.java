package io.pgdeck.storage;

import static io.pgdeck.storage.StorageRequests.bytes;
import static io.pgdeck.storage.StorageRequests.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdeck.testing.Client;
import io.pgdeck.testing.SingleTenantTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every trick to leave the storage area, one by one, through every operation: each is answered 400 problem+json and
 * neither the area nor the folder outside it changes.
 */
class StoragePathSafetyTest extends SingleTenantTest {

    private static final String LONG_NAME = "n".repeat(StorageArea.MAX_NAME_BYTES + 1);
    // 128 two-byte characters: 128 characters but 256 bytes.
    private static final String LONG_UTF8_NAME = "é".repeat(128);
    private static final String LONG_PATH =
            String.join("/", java.util.Collections.nCopies(17, "d".repeat(250))) + "/file";

    @Autowired
    StorageArea area;

    // One session for the whole class: dozens of cases, and logging in is deliberately slow (bcrypt).
    private static Client client;
    private Path outside;
    private Path folder;

    @BeforeEach
    void setUp() throws IOException {
        if (client == null) {
            client = loggedIn();
        }
        outside = Files.createTempDirectory("pgdeck-outside-");
        Files.writeString(outside.resolve("secret.txt"), "not for the team");
        folder = area.root().resolve("safety");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("inside.txt"), "inside");
        link(folder.resolve("escape"), outside);
        link(folder.resolve("escape-file"), outside.resolve("secret.txt"));
        link(folder.resolve("dangling"), outside.resolve("not-yet-there.txt"));
        link(folder.resolve("relative-escape"), Path.of("../../.."));
    }

    @AfterEach
    void cleanUp() {
        StorageRequests.deleteTree(folder);
        StorageRequests.deleteTree(outside);
    }

    static Stream<Arguments> refusedPaths() {
        return Stream.of(
                Arguments.of("parent segment", "../outside.txt"),
                Arguments.of("parent segment in the middle", "safety/../../outside.txt"),
                Arguments.of("parent segment at the end", "safety/.."),
                Arguments.of("dot segment", "safety/./inside.txt"),
                Arguments.of("absolute path", "/etc/passwd"),
                Arguments.of("absolute path into storage", "/safety/inside.txt"),
                Arguments.of("backslash", "safety\\inside.txt"),
                Arguments.of("backslash parent", "..\\outside.txt"),
                Arguments.of("encoded slash", "..%2Foutside.txt"),
                Arguments.of("encoded slash lower case", "safety%2f..%2f..%2foutside.txt"),
                Arguments.of("encoded backslash", "..%5Coutside.txt"),
                Arguments.of("encoded dots", "%2e%2e/outside.txt"),
                Arguments.of("encoded NUL", "safety/inside.txt%00.png"),
                Arguments.of("NUL", "safety/inside.txt\u0000.png"),
                Arguments.of("newline", "safety/evil\nname.txt"),
                Arguments.of("carriage return", "safety/evil\rname.txt"),
                Arguments.of("tab", "safety/evil\tname.txt"),
                Arguments.of("escape character", "safety/evil\u001bname.txt"),
                Arguments.of("delete character", "safety/evil\u007fname.txt"),
                Arguments.of("C1 control character", "safety/evil\u0085name.txt"),
                Arguments.of("empty segment", "safety//inside.txt"),
                Arguments.of("name over 255 bytes", "safety/" + LONG_NAME),
                Arguments.of("name over 255 bytes in UTF-8", "safety/" + LONG_UTF8_NAME),
                Arguments.of("path over 4096 bytes", LONG_PATH),
                Arguments.of("link to a folder outside", "safety/escape"),
                Arguments.of("file through a link outside", "safety/escape/secret.txt"),
                Arguments.of("new file through a link outside", "safety/escape/new.txt"),
                Arguments.of("link to a file outside", "safety/escape-file"),
                Arguments.of("dangling link outside", "safety/dangling"),
                Arguments.of("relative link leading out", "safety/relative-escape/outside.txt"),
                Arguments.of("reserved upload name", "safety/.upload-1234.part"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedPaths")
    void refusesThePathInEveryOperationAndTouchesNothing(String trick, String path) {
        Map<String, String> areaBefore = snapshot(area.root());
        Map<String, String> outsideBefore = snapshot(outside);

        assertRefused(StorageRequests.list(client, path));
        assertRefused(client.get("/api/v1/files/content?path=" + StorageRequests.query(path)));
        assertRefused(StorageRequests.put(client, path, bytes("overwritten?"), "&overwrite=true"));
        assertRefused(StorageRequests.upload(client, path, Map.of("dropped.txt", bytes("x")), "&overwrite=true"));
        assertRefused(StorageRequests.mkdir(client, path));
        assertRefused(StorageRequests.move(client, path, "safety/moved.txt"));
        assertRefused(StorageRequests.move(client, "safety/inside.txt", path));
        assertRefused(StorageRequests.delete(client, path, true));

        assertThat(snapshot(area.root())).isEqualTo(areaBefore);
        assertThat(snapshot(outside)).isEqualTo(outsideBefore);
        assertThat(outside.resolve("not-yet-there.txt")).doesNotExist();
    }

    /** The same tricks as a browser form's file name (CR, LF and '"' cannot stand in a part header). */
    static Stream<Arguments> refusedFileNames() {
        return refusedPaths().filter(trick -> !((String) trick.get()[1]).matches("(?s).*[\r\n\"].*"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFileNames")
    void refusesTheFileNameOfAFormUpload(String trick, String path) {
        Map<String, String> areaBefore = snapshot(area.root());

        assertRefused(StorageRequests.upload(client, "safety", Map.of(path, bytes("x")), "&overwrite=true"));

        assertThat(snapshot(area.root())).isEqualTo(areaBefore);
        assertThat(snapshot(outside)).containsOnlyKeys("", "secret.txt");
    }

    private static void assertRefused(Client.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).startsWith("Refused: ");
    }

    private static void link(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
    }
}
