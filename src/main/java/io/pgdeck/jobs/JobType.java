package io.pgdeck.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a job does; the API names it in lower case ({@code "backup"}). */
public enum JobType {
    BACKUP,
    RESTORE,
    MAINTENANCE,
    IMPORT,
    EXPORT;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JobType fromApiName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
