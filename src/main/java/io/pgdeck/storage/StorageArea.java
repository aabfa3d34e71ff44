package io.pgdeck.storage;

import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The one place where a path from a request becomes a file. Every path is resolved inside the storage area; anything
 * that could leave it or confuse a later reader (parent segments, absolute paths, backslashes, encoded separators,
 * control characters, over-long names, symbolic links leading out) is refused with 400 before anything is touched.
 */
@Component
public final class StorageArea {

    static final int MAX_NAME_BYTES = 255;
    static final int MAX_PATH_BYTES = 4096;
    private static final String TEMPORARY_PREFIX = ".upload-";
    private static final String TEMPORARY_SUFFIX = ".part";
    // Decoded once by the servlet container; a second decoding by anyone downstream must not find a separator.
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2f|5c|2e|00)", Pattern.CASE_INSENSITIVE);

    private final Path root;

    StorageArea(StorageProperties properties) {
        this.root = createRoot(properties.dir());
    }

    /** The storage area's folder, as a real path (symbolic links in the configured path resolved). */
    public Path root() {
        return root;
    }

    /** The file or folder that {@code path} names ({@code ""} is the area itself); it need not exist yet. */
    public Path resolve(String path) {
        Path resolved = root;
        for (String name : names(path == null ? "" : path)) {
            resolved = resolved.resolve(name);
            requireNoLinkOut(resolved);
        }
        return resolved;
    }

    /** Like {@link #resolve}, for what changes an entry: the area itself is never deleted, moved or replaced. */
    public Path resolveEntry(String path) {
        Path resolved = resolve(path);
        if (resolved.equals(root)) {
            throw refused("this names the storage area itself: name a file or folder inside it");
        }
        return resolved;
    }

    /** The path of a file inside the area as the API shows it: relative, separated by '/', {@code ""} for the top. */
    public String pathOf(Path file) {
        return root.relativize(file).toString();
    }

    /** A folder that must exist for the request to make sense; 404 otherwise. */
    Path requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw Problems.notFound("There is no folder " + describe(folder) + " in storage.");
        }
        return folder;
    }

    /** How messages name a file or folder of the area. */
    String describe(Path file) {
        return file.equals(root) ? "at the top of storage" : "'" + pathOf(file) + "'";
    }

    /** A fresh hidden name beside {@code target} for an upload in progress: never listed, never addressable. */
    Path temporaryFor(Path target) {
        return target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + TEMPORARY_SUFFIX);
    }

    static boolean isTemporary(Path file) {
        return isTemporaryName(file.getFileName().toString());
    }

    private static boolean isTemporaryName(String name) {
        return name.startsWith(TEMPORARY_PREFIX) && name.endsWith(TEMPORARY_SUFFIX);
    }

    private static List<String> names(String path) {
        if (path.isEmpty()) {
            return List.of();
        }
        requireSafeCharacters(path);
        if (path.startsWith("/")) {
            throw refused(
                    "absolute paths are not allowed: give a path inside the storage area, e.g. backups/shop.dump");
        }
        // A trailing '/' is how people write folders; it names the same entry.
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<String> names = List.of(trimmed.split("/", -1));
        names.forEach(StorageArea::requireValidName);
        return names;
    }

    private static void requireSafeCharacters(String path) {
        if (path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
            throw refused("the path is longer than " + MAX_PATH_BYTES + " bytes");
        }
        if (path.codePoints().anyMatch(Character::isISOControl)) {
            throw refused("the path contains a control character (NUL, tab, newline or similar)");
        }
        if (path.indexOf('\\') >= 0) {
            throw refused("backslashes are not allowed: separate folders with '/'");
        }
        if (ENCODED_SEPARATOR.matcher(path).find()) {
            throw refused("the path contains an encoded '/', '\\', '.' or NUL (%2F, %5C, %2E, %00): send it decoded");
        }
    }

    private static void requireValidName(String name) {
        if (name.isEmpty()) {
            throw refused("the path has an empty folder name ('//')");
        }
        if (name.equals(".") || name.equals("..")) {
            throw refused("'.' and '..' are not allowed in paths");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw refused("a name in the path is longer than " + MAX_NAME_BYTES + " bytes");
        }
        if (isTemporaryName(name)) {
            throw refused("names like .upload-….part are reserved for uploads in progress");
        }
    }

    /** A link inside the area may point elsewhere inside it; one leading out, or nowhere, is refused. */
    private void requireNoLinkOut(Path candidate) {
        if (!Files.isSymbolicLink(candidate)) {
            return;
        }
        Path target;
        try {
            target = candidate.toRealPath();
        } catch (IOException e) {
            throw refused("a symbolic link on the path leads nowhere");
        }
        if (!target.startsWith(root)) {
            throw refused("a symbolic link on the path leads out of the storage area");
        }
    }

    /** Whether a link found while listing stays inside the area (the listing hides those that do not). */
    boolean staysInside(Path entry) {
        if (!Files.isSymbolicLink(entry)) {
            return true;
        }
        try {
            return entry.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    static ErrorResponseException refused(String reason) {
        return Problems.problem(HttpStatus.BAD_REQUEST, "Path refused", "Refused: " + reason + ".");
    }

    private static Path createRoot(Path dir) {
        try {
            return Files.createDirectories(dir.toAbsolutePath().normalize()).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create pgdeck.storage.dir " + dir, e);
        }
    }
}
