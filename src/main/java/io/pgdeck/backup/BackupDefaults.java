package io.pgdeck.backup;

import io.pgdeck.deployment.DeploymentSettings;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The options a backup gets unless the request says otherwise. On a shared (multi-tenant) server the right thing is
 * the default: a schema-level backup with its large objects and its privileges but without owner, which is what
 * restores into a team's database (the restore applies the grants the team may give and names the rest). Elsewhere
 * pg_dump's own defaults apply.
 */
@Component
final class BackupDefaults {

    private final boolean multiTenant;

    BackupDefaults(DeploymentSettings deployment) {
        this.multiTenant = deployment.isMultiTenant();
    }

    BackupScope scope() {
        return multiTenant ? BackupScope.SCHEMA : BackupScope.DATABASE;
    }

    DumpFormat format() {
        return DumpFormat.CUSTOM;
    }

    BackupOptions options(BackupScope scope) {
        // A database backup holds large objects by pg_dump's default; a schema or table one only when asked.
        boolean blobs = multiTenant || scope == BackupScope.DATABASE;
        return new BackupOptions(
                null,
                null,
                null,
                null,
                new BackupOptions.Sections(true, true, true),
                new BackupOptions.TypeOfObjects(false, false, blobs),
                new BackupOptions.DoNotSave(multiTenant, false, false, false, false, false, false, false, false, false),
                new BackupOptions.Queries(false, false, null, false, false, false, false),
                new BackupOptions.Disable(false, false),
                new BackupOptions.Miscellaneous(
                        true, false, false, false, false, List.of(), List.of(), List.of(), null, null));
    }
}
