package io.pgdeck.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a backup covers. */
enum BackupScope {
    DATABASE,
    SCHEMA,
    TABLE;

    @JsonValue
    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
