package io.pgdeck.backup;

import io.pgdeck.sql.SqlQuoting;
import io.pgdeck.web.Problems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a backup request into pg_dump's arguments, refusing (400) the combinations pg_dump would refuse, with the same
 * reason in the dialog's words. Values always travel as {@code --option=value}, one argument each, never through a
 * shell, so no name or pattern can become an option of its own.
 */
final class PgDumpArguments {

    private static final Pattern ENCODING = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final List<String> args = new ArrayList<>();

    private PgDumpArguments() {}

    /** The arguments after the connection ones, ending with the output file. */
    static List<String> of(BackupPlan plan, Path output) {
        PgDumpArguments arguments = new PgDumpArguments();
        arguments.general(plan);
        arguments.scope(plan);
        BackupOptions options = plan.options();
        arguments.sections(options.sections());
        arguments.typeOfObjects(options.typeOfObjects(), plan.scope());
        arguments.doNotSave(options.doNotSave());
        arguments.queries(options.queries(), plan.format());
        arguments.disable(options.disable(), options.typeOfObjects());
        arguments.miscellaneous(options.miscellaneous());
        arguments.args.add("--file=" + output);
        return List.copyOf(arguments.args);
    }

    private void general(BackupPlan plan) {
        BackupOptions options = plan.options();
        args.add("--format=" + plan.format().letter());
        if (options.compression() != null) {
            require(options.compression() >= 0 && options.compression() <= 9, "Compression must be 0 to 9.");
            require(
                    plan.format() != DumpFormat.TAR || options.compression() == 0,
                    "The tar format cannot be compressed: choose custom or directory, or compression 0.");
            args.add("--compress=" + options.compression());
        }
        if (options.encoding() != null && !options.encoding().isBlank()) {
            require(ENCODING.matcher(options.encoding()).matches(), "The encoding is a name such as UTF8 or LATIN1.");
            args.add("--encoding=" + options.encoding());
        }
        if (options.jobs() != null && options.jobs() != 1) {
            require(options.jobs() >= 1 && options.jobs() <= 64, "Number of jobs must be 1 to 64.");
            require(
                    plan.format() == DumpFormat.DIRECTORY,
                    "Only the directory format can be written by several jobs at once.");
            args.add("--jobs=" + options.jobs());
        }
        if (options.role() != null && !options.role().isBlank()) {
            args.add("--role=" + name(options.role(), "role"));
        }
    }

    /** pg_dump reads -n and -t as patterns; quoting makes them match exactly the one schema or table asked for. */
    private void scope(BackupPlan plan) {
        switch (plan.scope()) {
            case SCHEMA -> args.add("--schema=" + SqlQuoting.alwaysQuoteIdentifier(plan.schema()));
            case TABLE ->
                args.add("--table=" + SqlQuoting.alwaysQuoteIdentifier(plan.schema()) + "."
                        + SqlQuoting.alwaysQuoteIdentifier(plan.table()));
            case DATABASE -> {}
        }
    }

    private void sections(BackupOptions.Sections sections) {
        require(
                sections.preData() || sections.data() || sections.postData(),
                "Choose at least one section: pre-data, data or post-data.");
        if (sections.all()) {
            return;
        }
        flag(sections.preData(), "--section=pre-data");
        flag(sections.data(), "--section=data");
        flag(sections.postData(), "--section=post-data");
    }

    private void typeOfObjects(BackupOptions.TypeOfObjects objects, BackupScope scope) {
        require(!(objects.onlyData() && objects.onlySchema()), "Choose only data or only schema, not both.");
        flag(objects.onlyData(), "--data-only");
        flag(objects.onlySchema(), "--schema-only");
        // A database backup includes large objects unless told not to; a narrower one only when told to.
        flag(objects.blobs() && scope != BackupScope.DATABASE, "--blobs");
        flag(!objects.blobs() && scope == BackupScope.DATABASE, "--no-blobs");
    }

    private void doNotSave(BackupOptions.DoNotSave not) {
        flag(not.owner(), "--no-owner");
        flag(not.privileges(), "--no-privileges");
        flag(not.tablespaces(), "--no-tablespaces");
        flag(not.unloggedTableData(), "--no-unlogged-table-data");
        flag(not.comments(), "--no-comments");
        flag(not.publications(), "--no-publications");
        flag(not.subscriptions(), "--no-subscriptions");
        flag(not.securityLabels(), "--no-security-labels");
        flag(not.toastCompression(), "--no-toast-compression");
        flag(not.tableAccessMethod(), "--no-table-access-method");
    }

    private void queries(BackupOptions.Queries queries, DumpFormat format) {
        flag(queries.inserts(), "--inserts");
        flag(queries.columnInserts(), "--column-inserts");
        if (queries.rowsPerInsert() != null) {
            require(queries.rowsPerInsert() >= 1, "Rows per INSERT must be 1 or more.");
            args.add("--rows-per-insert=" + queries.rowsPerInsert());
        }
        boolean writesInserts = queries.inserts() || queries.columnInserts() || queries.rowsPerInsert() != null;
        require(
                !queries.onConflictDoNothing() || writesInserts,
                "ON CONFLICT DO NOTHING needs INSERT commands: turn on Use INSERT commands or Use column inserts.");
        flag(queries.onConflictDoNothing(), "--on-conflict-do-nothing");
        flag(queries.createDatabase(), "--create");
        require(!queries.ifExists() || queries.clean(), "IF EXISTS goes with Include DROP: turn that on too.");
        require(
                !queries.clean() || format == DumpFormat.PLAIN,
                "DROP statements are written only in plain format; for an archive, choose Clean when restoring.");
        flag(queries.clean(), "--clean");
        flag(queries.ifExists(), "--if-exists");
    }

    private void disable(BackupOptions.Disable disable, BackupOptions.TypeOfObjects objects) {
        require(!disable.triggers() || objects.onlyData(), "Disabling triggers applies to data-only backups.");
        flag(disable.triggers(), "--disable-triggers");
        flag(disable.dollarQuoting(), "--disable-dollar-quoting");
    }

    private void miscellaneous(BackupOptions.Miscellaneous misc) {
        flag(misc.verbose(), "--verbose");
        flag(misc.quoteAllIdentifiers(), "--quote-all-identifiers");
        flag(misc.setSessionAuthorization(), "--use-set-session-authorization");
        flag(misc.loadViaPartitionRoot(), "--load-via-partition-root");
        flag(misc.serializableDeferrable(), "--serializable-deferrable");
        misc.excludeTables().forEach(pattern -> args.add("--exclude-table=" + pattern(pattern)));
        misc.excludeTableData().forEach(pattern -> args.add("--exclude-table-data=" + pattern(pattern)));
        misc.excludeSchemas().forEach(pattern -> args.add("--exclude-schema=" + pattern(pattern)));
        if (misc.extraFloatDigits() != null) {
            require(
                    misc.extraFloatDigits() >= -15 && misc.extraFloatDigits() <= 3,
                    "Extra float digits must be -15 to 3.");
            args.add("--extra-float-digits=" + misc.extraFloatDigits());
        }
        if (misc.lockWaitTimeout() != null) {
            require(misc.lockWaitTimeout() >= 1, "The lock wait timeout is in milliseconds, 1 or more.");
            args.add("--lock-wait-timeout=" + misc.lockWaitTimeout());
        }
    }

    private void flag(boolean on, String flag) {
        if (on) {
            args.add(flag);
        }
    }

    private static String pattern(String pattern) {
        require(
                pattern != null && !pattern.isBlank() && pattern.codePoints().noneMatch(Character::isISOControl),
                "An exclude pattern is a name or pattern such as app.audit_* on one line.");
        return pattern;
    }

    private static String name(String name, String what) {
        require(name.codePoints().noneMatch(Character::isISOControl), "The " + what + " name has a control character.");
        return name;
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw Problems.badRequest(detail);
        }
    }
}
