package io.pgdeck.backup;

/**
 * The restore options pgAdmin's Restore dialog offers that make sense here, grouped as the dialog groups them. A
 * request gives only the ones it changes; the rest come from the deployment's defaults.
 *
 * @param jobs parallel workers (custom and directory archives, not with a single transaction)
 * @param mode for a schema backup whose schema exists here: {@code replace} (the schema ends as the backup describes
 *     it, in one transaction) or {@code merge} (what is missing is added); unset: replace. In an analysis, the mode the
 *     restore will run with ({@code merge} when there is nothing to replace).
 */
record RestoreOptions(
        Integer jobs,
        TypeOfObjects typeOfObjects,
        DoNotSave doNotSave,
        Queries queries,
        Disable disable,
        Miscellaneous miscellaneous,
        String mode) {

    static final String REPLACE = "replace";
    static final String MERGE = "merge";

    /** These options with {@code mode} decided. */
    RestoreOptions withMode(String decided) {
        return new RestoreOptions(jobs, typeOfObjects, doNotSave, queries, disable, miscellaneous, decided);
    }

    /** What pg_restore writes for a replace: the script alone; psql runs it in the one transaction of the replace. */
    RestoreOptions forReplaceScript() {
        return new RestoreOptions(
                1,
                typeOfObjects,
                doNotSave,
                new Queries(false, false, false),
                disable,
                new Miscellaneous(false, miscellaneous.verbose()),
                mode);
    }

    record TypeOfObjects(boolean onlyData, boolean onlySchema) {}

    record DoNotSave(boolean owner, boolean privileges, boolean tablespaces, boolean comments) {}

    /** {@code clean}: drop each object before creating it again. */
    record Queries(boolean clean, boolean ifExists, boolean singleTransaction) {}

    record Disable(boolean triggers) {}

    record Miscellaneous(boolean exitOnError, boolean verbose) {}

    /**
     * A restore never widens access: on a shared server owners stay out unless asked for, and of the privileges only
     * what widens nobody's rights comes in (RestorePolicy says which). Stopping at the first error is the default everywhere: a restore
     * that goes on after one leaves a database that is neither the old one nor the dump.
     */
    static RestoreOptions defaults(boolean multiTenant) {
        return new RestoreOptions(
                null,
                new TypeOfObjects(false, false),
                new DoNotSave(multiTenant, false, multiTenant, false),
                new Queries(false, false, false),
                new Disable(false),
                new Miscellaneous(true, true),
                null);
    }
}
