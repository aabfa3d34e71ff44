package io.pgdeck.deployment;

import com.fasterxml.jackson.annotation.JsonValue;

public enum Environment {
    STAGING,
    PRODUCTION;

    @JsonValue
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
