package io.pgdeck.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** pg_restore's arguments for a checked restore: the options, the filtered list, then the archive. */
final class PgRestoreArguments {

    private PgRestoreArguments() {}

    static List<String> of(RestoreOptions options, Path useList, Path archive) {
        List<String> args = new ArrayList<>();
        flag(args, options.miscellaneous().verbose(), "--verbose");
        flag(args, options.miscellaneous().exitOnError(), "--exit-on-error");
        flag(args, options.typeOfObjects().onlyData(), "--data-only");
        flag(args, options.typeOfObjects().onlySchema(), "--schema-only");
        flag(args, options.doNotSave().owner(), "--no-owner");
        flag(args, options.doNotSave().privileges(), "--no-privileges");
        flag(args, options.doNotSave().tablespaces(), "--no-tablespaces");
        flag(args, options.doNotSave().comments(), "--no-comments");
        flag(args, options.queries().clean(), "--clean");
        flag(args, options.queries().ifExists(), "--if-exists");
        flag(args, options.queries().singleTransaction(), "--single-transaction");
        flag(args, options.disable().triggers(), "--disable-triggers");
        if (options.jobs() != null && options.jobs() > 1) {
            args.add("--jobs=" + options.jobs());
        }
        args.add("--use-list=" + useList);
        args.add(archive.toString());
        return List.copyOf(args);
    }

    static void flag(List<String> args, boolean on, String flag) {
        if (on) {
            args.add(flag);
        }
    }
}
