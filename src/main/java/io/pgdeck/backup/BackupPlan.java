package io.pgdeck.backup;

import java.nio.file.Path;

/**
 * A backup request, checked: what to dump, where to, in which format, with which options.
 *
 * @param file the target as the storage area names it
 * @param target the target on disk, inside the storage area
 */
record BackupPlan(
        String database,
        BackupScope scope,
        String schema,
        String table,
        String file,
        Path target,
        DumpFormat format,
        boolean overwrite,
        BackupOptions options) {

    /** How Processes names what the backup covers. */
    String object() {
        return switch (scope) {
            case DATABASE -> database;
            case SCHEMA -> database + "." + schema;
            case TABLE -> database + "." + schema + "." + table;
        };
    }
}
