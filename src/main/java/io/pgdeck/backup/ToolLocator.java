package io.pgdeck.backup;

import io.pgdeck.web.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Finds pg_dump, pg_restore and psql by version. A dump made by an older pg_dump than the server is refused by the
 * server or silently incomplete, so the tool must be at least the server's major version; among those the newest
 * wins, and for the same major version the folder searched first: {@code pgdeck.tools.dir}, PATH, then
 * {@code /usr/lib/postgresql/N/bin} and {@code /usr/pgsql-N/bin}.
 */
@Component
final class ToolLocator {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?");

    private final List<Path> folders;
    private final Map<Path, Optional<PostgresTool>> probed = new ConcurrentHashMap<>();

    @Autowired
    ToolLocator(ToolsProperties properties) {
        this(searchFolders(properties.dir(), System.getenv("PATH"), Path.of("/usr/lib/postgresql"), Path.of("/usr")));
    }

    ToolLocator(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * The folders to search, in order. {@code installRoot} holds {@code N/bin} folders (Debian's layout),
     * {@code pgsqlRoot} holds {@code pgsql-N/bin} ones (the PGDG RPMs' layout); newer versions first.
     */
    static List<Path> searchFolders(Path toolsDir, String pathVariable, Path installRoot, Path pgsqlRoot) {
        Set<Path> folders = new LinkedHashSet<>();
        if (toolsDir != null) {
            folders.add(toolsDir);
        }
        if (pathVariable != null) {
            for (String entry : pathVariable.split(":")) {
                if (!entry.isBlank()) {
                    folders.add(Path.of(entry));
                }
            }
        }
        folders.addAll(numberedBinFolders(installRoot, ""));
        folders.addAll(numberedBinFolders(pgsqlRoot, "pgsql-"));
        return List.copyOf(folders);
    }

    /** The newest {@code name} of at least {@code serverMajor}; a problem naming what to install when there is none. */
    PostgresTool locate(String name, int serverMajor, String serverVersion) {
        List<PostgresTool> found = candidates(name);
        return found.stream()
                .filter(tool -> tool.major() >= serverMajor)
                .max(Comparator.comparingInt(PostgresTool::major)
                        .thenComparing(ToolLocator::isProgramItself)
                        .thenComparing(Comparator.comparingInt(found::indexOf).reversed()))
                .orElseThrow(() -> missing(name, serverMajor, serverVersion, found));
    }

    /**
     * For the same version, the program itself beats a wrapper that picks a version at each run (Debian's
     * {@code /usr/bin/pg_dump} is a link to {@code pg_wrapper}): pgdeck then runs exactly the version it checked.
     */
    private static boolean isProgramItself(PostgresTool tool) {
        return realPath(tool.path()).getFileName().toString().equals(tool.name());
    }

    /** Every {@code name} in the search folders that answered its version, in search order, each real file once. */
    List<PostgresTool> candidates(String name) {
        Set<Path> seen = new LinkedHashSet<>();
        List<PostgresTool> tools = new ArrayList<>();
        for (Path folder : folders) {
            Path program = folder.resolve(name);
            if (Files.isRegularFile(program) && Files.isExecutable(program) && seen.add(realPath(program))) {
                probe(name, program).ifPresent(tools::add);
            }
        }
        return tools;
    }

    private Optional<PostgresTool> probe(String name, Path program) {
        return probed.computeIfAbsent(program, path -> askVersion(name, path));
    }

    private static Optional<PostgresTool> askVersion(String name, Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Matcher version = VERSION.matcher(output);
            if (process.exitValue() != 0 || !version.find()) {
                return Optional.empty();
            }
            int minor = version.group(2) == null ? 0 : Integer.parseInt(version.group(2));
            return Optional.of(new PostgresTool(name, program, Integer.parseInt(version.group(1)), minor));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static ErrorResponseException missing(
            String name, int serverMajor, String serverVersion, List<PostgresTool> found) {
        String seen = found.isEmpty()
                ? "none was found in pgdeck.tools.dir, PATH, /usr/lib/postgresql/N/bin or /usr/pgsql-N/bin"
                : "only "
                        + found.stream()
                                .map(tool -> name + " " + tool.version() + " (" + tool.path() + ")")
                                .collect(Collectors.joining(", "))
                        + " was found, which is older than the server";
        return Problems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                name + " " + serverMajor + " or newer is not installed",
                "This server runs PostgreSQL " + serverVersion + ", so pgdeck needs " + name + " from PostgreSQL "
                        + serverMajor + " or newer; " + seen + ". Install postgresql-client-" + serverMajor
                        + " (Debian, Ubuntu) or postgresql" + serverMajor + " (RHEL, Fedora), or set pgdeck.tools.dir"
                        + " to the folder that holds its " + name + ".");
    }

    private static List<Path> numberedBinFolders(Path root, String prefix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Map<Integer, Path> byVersion = new TreeMap<>(Comparator.reverseOrder());
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "(\\d+)");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, prefix + "*")) {
            for (Path entry : entries) {
                Matcher number = numbered.matcher(entry.getFileName().toString());
                if (number.matches()) {
                    byVersion.put(Integer.parseInt(number.group(1)), entry.resolve("bin"));
                }
            }
        } catch (IOException unreadable) {
            return List.of();
        }
        return List.copyOf(byVersion.values());
    }

    private static Path realPath(Path program) {
        try {
            return program.toRealPath();
        } catch (IOException e) {
            return program.toAbsolutePath().normalize();
        }
    }
}
