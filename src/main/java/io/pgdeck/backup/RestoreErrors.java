package io.pgdeck.backup;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pg_restore's or psql's output as it is logged and keeps the first error with what failed, so that a failed
 * restore's note names the failing entry and the reason on its first line instead of "see the log".
 */
final class RestoreErrors implements Consumer<String> {

    private static final Pattern TOC_ENTRY = Pattern.compile("^pg_restore: from TOC entry (\\d+); \\d+ \\d+ (.+)$");
    private static final Pattern RESTORE_ERROR =
            Pattern.compile("^pg_restore: error: (?:could not execute query: )?(?:ERROR:\\s+)?(.+)$");
    private static final Pattern PSQL_ERROR = Pattern.compile("^psql:[^:]*:\\d+: (?:ERROR|FATAL):\\s+(.+)$");
    private static final Pattern PSQL_STATEMENT = Pattern.compile("^LINE \\d+: (.+)$");
    private static final int SHOWN = 120;

    private String entry;
    private String first;
    private String psqlReason;

    @Override
    public synchronized void accept(String line) {
        if (psqlReason != null) {
            // psql prints the failing statement on the line after its error (its line numbers count pgdeck's input).
            Matcher statement = PSQL_STATEMENT.matcher(line);
            if (statement.matches()) {
                first = "Statement \"" + shorten(statement.group(1).strip()) + "\" failed: " + psqlReason;
            }
            psqlReason = null;
            return;
        }
        if (first != null) {
            return;
        }
        Matcher toc = TOC_ENTRY.matcher(line);
        if (toc.matches()) {
            entry = "TOC entry " + toc.group(1) + " (" + toc.group(2) + ")";
            return;
        }
        Matcher restore = RESTORE_ERROR.matcher(line);
        if (restore.matches()) {
            first = (entry == null ? "pg_restore" : entry) + " failed: " + restore.group(1);
            return;
        }
        Matcher psql = PSQL_ERROR.matcher(line);
        if (psql.matches()) {
            psqlReason = psql.group(1);
            first = "The script failed: " + psqlReason;
        }
    }

    private static String shorten(String statement) {
        return statement.length() <= SHOWN ? statement : statement.substring(0, SHOWN) + "…";
    }

    /** The first error, as the note's first line; empty when the tool wrote none pgdeck recognises. */
    synchronized Optional<String> first() {
        return Optional.ofNullable(first);
    }

    /** The failed job's note: the first error (when known), then the exit code. */
    String note(int exitCode) {
        String exit = "Exited with code " + exitCode + ": see the log.";
        return first().map(line -> line + "\n" + exit).orElse(exit);
    }
}
