package io.pgdeck.backup;

import java.nio.file.Path;

/** One of PostgreSQL's client programs, found on this machine, and the version it reported. */
record PostgresTool(String name, Path path, int major, int minor) {

    String version() {
        return major + "." + minor;
    }

    /**
     * Whether this psql knows {@code \restrict}, which came with the minor releases of August 2025: it lets pgdeck
     * forbid every meta-command in a script it feeds to psql.
     */
    boolean knowsRestrict() {
        return switch (major) {
            case 13 -> minor >= 22;
            case 14 -> minor >= 19;
            case 15 -> minor >= 14;
            case 16 -> minor >= 10;
            case 17 -> minor >= 6;
            default -> major > 17;
        };
    }

    /**
     * The {@code \restrict} key to open a plain script with: an older psql would run a {@code \!} or {@code \connect}
     * that pgdeck's own reading missed, so a plain script is never fed to it.
     */
    String restrictKey(String file) {
        if (!knowsRestrict()) {
            throw new NotRestorableException(
                    file,
                    "it is a plain SQL script, and plain scripts are restored only with a psql that restricts"
                            + " meta-commands (13.22, 14.19, 15.14, 16.10, 17.6 or newer); this machine's psql is "
                            + version() + ".");
        }
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
