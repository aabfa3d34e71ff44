package io.pgdeck.backup;

import io.pgdeck.web.Problems;

/** The restore options that cannot go together, refused (400) with the reason pg_restore would give, before any run. */
final class RestoreChecks {

    private RestoreChecks() {}

    static void require(RestoreOptions options, DumpFormat format, String schema) {
        RestoreOptions.TypeOfObjects objects = options.typeOfObjects();
        RestoreOptions.Queries queries = options.queries();
        int jobs = options.jobs() == null ? 1 : options.jobs();
        check(!(objects.onlyData() && objects.onlySchema()), "Choose only data or only schema, not both.");
        check(
                !(objects.onlyData() && queries.clean()),
                "Clean drops objects, which a data-only restore does not create.");
        check(!queries.ifExists() || queries.clean(), "IF EXISTS goes with Clean: turn that on too.");
        check(jobs >= 1 && jobs <= 64, "Number of jobs must be 1 to 64.");
        check(jobs == 1 || !queries.singleTransaction(), "A single transaction cannot be restored by several jobs.");
        check(
                jobs == 1 || format == DumpFormat.CUSTOM || format == DumpFormat.DIRECTORY,
                "Only custom and directory archives can be restored by several jobs.");
        if (format == DumpFormat.PLAIN) {
            check(
                    !objects.onlyData()
                            && !objects.onlySchema()
                            && !queries.clean()
                            && !options.disable().triggers()
                            && jobs == 1
                            && schema == null,
                    "A plain SQL script runs as it is written: only data, only schema, clean, disable triggers,"
                            + " jobs and a schema apply to archives (custom, tar, directory).");
        }
    }

    private static void check(boolean condition, String detail) {
        if (!condition) {
            throw Problems.badRequest(detail);
        }
    }
}
