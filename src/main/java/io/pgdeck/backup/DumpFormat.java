package io.pgdeck.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** pg_dump's output formats. */
enum DumpFormat {
    CUSTOM("c"),
    TAR("t"),
    PLAIN("p"),
    DIRECTORY("d");

    private final String letter;

    DumpFormat(String letter) {
        this.letter = letter;
    }

    @JsonValue
    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value of pg_dump's {@code --format}. */
    String letter() {
        return letter;
    }

    boolean isArchive() {
        return this != PLAIN;
    }
}
