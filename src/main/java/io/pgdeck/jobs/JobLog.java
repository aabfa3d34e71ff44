package io.pgdeck.jobs;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's log file: one line per message, each stamped with the UTC time it was written. Lines are flushed as they come
 * so that a reader following the file sees them at once. Safe to use from several threads.
 */
public final class JobLog implements Closeable {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final OutputStream out;
    private final Clock clock;
    /**
     * How PostgreSQL's tools and the server write an error: "pg_dump: error: ...", "ERROR:  ...", nested as in
     * "pg_dump: error: query failed: ERROR:  ...", where the innermost says what happened.
     */
    private static final Pattern ERROR =
            Pattern.compile("(?:^|:\\s)(?:error|ERROR|FATAL):\\s+((?:(?!(?:error|ERROR|FATAL):\\s).)+)$");

    private final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();
    private volatile String firstError;

    private JobLog(OutputStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    static JobLog append(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return new JobLog(
                    Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                    Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the job log " + file, e);
        }
    }

    /** Lets a job's work read its tool's lines as they are logged (e.g. to name the first error in its note). */
    public void watch(Consumer<String> watcher) {
        watchers.add(watcher);
    }

    /** Writes one line (a message holding line breaks becomes several, each stamped). */
    public void line(String text) {
        watchers.forEach(watcher -> watcher.accept(text));
        noticeError(text);
        String stamp = STAMP.format(clock.instant());
        StringBuilder lines = new StringBuilder();
        for (String part : text.split("\\R", -1)) {
            lines.append(stamp).append(' ').append(part).append('\n');
        }
        write(lines.toString());
    }

    /** Copies a tool's output into the log line by line until it ends. */
    public void copyLines(InputStream output) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line(text);
            }
        }
    }

    /** The first error a tool or the server wrote into this log, without its prefix; null when none was. */
    String firstError() {
        return firstError;
    }

    private void noticeError(String text) {
        if (firstError == null) {
            Matcher error = ERROR.matcher(text.strip());
            if (error.find()) {
                firstError = error.group(1).strip();
            }
        }
    }

    private synchronized void write(String lines) {
        try {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the job log", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
