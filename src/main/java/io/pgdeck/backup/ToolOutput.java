package io.pgdeck.backup;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tool that needs no server (pg_restore reading an archive) and waits for it, for the analysis a request answers
 * at once. Its output goes through a temporary file, so a long table of contents does not block the tool.
 *
 * @param stdout what the tool wrote on its standard output
 * @param stderr its messages, for the user when it failed
 */
record ToolOutput(int exitCode, String stdout, String stderr) {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    static ToolOutput run(List<String> argv) {
        Path out = null;
        try {
            out = Files.createTempFile("pgdeck-tool-", ".out");
            Process process = new ProcessBuilder(argv)
                    .redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            String stderr;
            try (InputStream errors = process.getErrorStream()) {
                stderr = new String(errors.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(argv.get(0) + " did not finish within " + TIMEOUT);
            }
            return new ToolOutput(
                    process.exitValue(), new String(Files.readAllBytes(out), StandardCharsets.UTF_8), stderr.strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + argv.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + argv.get(0), e);
        } finally {
            deleteQuietly(out);
        }
    }

    boolean succeeded() {
        return exitCode == 0;
    }

    /** The tool's messages without its name in front of each line, for a problem's detail. */
    String messages() {
        return stderr.replaceAll("(?m)^pg_restore: (error: )?", "").strip();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file in the system's temp folder: nothing depends on it.
            }
        }
    }
}
