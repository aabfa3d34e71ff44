package io.pgdeck.deployment;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Tenancy {
    /** The team's one database on a shared server. */
    MULTI,
    /** The whole server, as its superuser in staging. */
    SINGLE;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
