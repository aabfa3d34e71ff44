package io.pgdeck.maintenance;

/** The body of POST /databases/{db}/maintenance; without {@code table}, the whole schema. */
record MaintenanceRequest(String operation, String schema, String table, Options options) {

    /** VACUUM's FULL, FREEZE and ANALYZE; VERBOSE for every operation. Any left out is off. */
    record Options(Boolean full, Boolean freeze, Boolean analyze, Boolean verbose) {

        Options {
            full = Boolean.TRUE.equals(full);
            freeze = Boolean.TRUE.equals(freeze);
            analyze = Boolean.TRUE.equals(analyze);
            verbose = Boolean.TRUE.equals(verbose);
        }
    }

    Options optionsOrNone() {
        return options == null ? new Options(false, false, false, false) : options;
    }
}
