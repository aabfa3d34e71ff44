package io.pgdeck.backup;

import java.util.List;

/**
 * Every pg_dump option pgAdmin's Backup dialog offers, grouped as the dialog groups them. A request gives only the
 * ones it changes; the rest come from {@link BackupDefaults} for the deployment.
 *
 * @param compression 0 to 9 (custom, directory and plain formats); null leaves pg_dump's default
 * @param encoding the dump's character set, e.g. UTF8; null for the database's
 * @param jobs parallel workers (directory format only)
 * @param role the role pg_dump switches to after connecting, or null
 */
record BackupOptions(
        Integer compression,
        String encoding,
        Integer jobs,
        String role,
        Sections sections,
        TypeOfObjects typeOfObjects,
        DoNotSave doNotSave,
        Queries queries,
        Disable disable,
        Miscellaneous miscellaneous) {

    /** Which parts of the dump: definitions before the data, the data, definitions after it (indexes, keys...). */
    record Sections(boolean preData, boolean data, boolean postData) {
        boolean all() {
            return preData && data && postData;
        }
    }

    /** Type of objects. {@code blobs}: large objects, which a schema or table backup leaves out unless asked. */
    record TypeOfObjects(boolean onlyData, boolean onlySchema, boolean blobs) {}

    /** What not to save. */
    record DoNotSave(
            boolean owner,
            boolean privileges,
            boolean tablespaces,
            boolean unloggedTableData,
            boolean comments,
            boolean publications,
            boolean subscriptions,
            boolean securityLabels,
            boolean toastCompression,
            boolean tableAccessMethod) {}

    /** How data and definitions are written as queries. */
    record Queries(
            boolean inserts,
            boolean columnInserts,
            Integer rowsPerInsert,
            boolean onConflictDoNothing,
            boolean createDatabase,
            boolean clean,
            boolean ifExists) {}

    /** What the restore should switch off while it loads. */
    record Disable(boolean triggers, boolean dollarQuoting) {}

    /** Everything else. {@code lockWaitTimeout} in milliseconds. */
    record Miscellaneous(
            boolean verbose,
            boolean quoteAllIdentifiers,
            boolean setSessionAuthorization,
            boolean loadViaPartitionRoot,
            boolean serializableDeferrable,
            List<String> excludeTables,
            List<String> excludeTableData,
            List<String> excludeSchemas,
            Integer extraFloatDigits,
            Integer lockWaitTimeout) {

        Miscellaneous {
            excludeTables = excludeTables == null ? List.of() : List.copyOf(excludeTables);
            excludeTableData = excludeTableData == null ? List.of() : List.copyOf(excludeTableData);
            excludeSchemas = excludeSchemas == null ? List.of() : List.copyOf(excludeSchemas);
        }
    }
}
