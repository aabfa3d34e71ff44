package io.pgdeck.backup;

import java.util.ArrayList;
import java.util.List;

/** psql's arguments for a plain script fed on its standard input: stop at the first error, read no psqlrc. */
final class PsqlArguments {

    private PsqlArguments() {}

    static List<String> of(RestoreOptions options) {
        List<String> args = new ArrayList<>(List.of("--no-psqlrc", "--set=ON_ERROR_STOP=1"));
        PgRestoreArguments.flag(
                args,
                options.queries().singleTransaction() || RestoreOptions.REPLACE.equals(options.mode()),
                "--single-transaction");
        PgRestoreArguments.flag(args, !options.miscellaneous().verbose(), "--quiet");
        args.add("--file=-");
        return List.copyOf(args);
    }
}
