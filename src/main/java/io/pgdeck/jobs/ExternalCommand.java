package io.pgdeck.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An external program to run as (part of) a job. The arguments are shown to the user, so nothing secret belongs in
 * them; secrets go in {@code environment} (such as {@code PGPASSFILE}), which is never shown.
 */
public record ExternalCommand(Path program, List<String> arguments, Map<String, String> environment) {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public ExternalCommand {
        Objects.requireNonNull(program, "program");
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    /** The same command with one more environment variable (a secret's file, for instance). */
    public ExternalCommand withEnvironment(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(environment);
        more.put(name, value);
        return new ExternalCommand(program, arguments, more);
    }

    /** The command line as one could paste it in a shell; it holds no secret. */
    public String display() {
        return Stream.concat(Stream.of(program.toString()), arguments.stream())
                .map(ExternalCommand::shellQuote)
                .collect(Collectors.joining(" "));
    }

    List<String> argv() {
        return Stream.concat(Stream.of(program.toString()), arguments.stream()).toList();
    }

    static String shellQuote(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}
