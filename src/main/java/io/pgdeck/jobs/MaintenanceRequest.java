package io.pgdeck.jobs;

/** The body of POST /databases/{db}/maintenance; without {@code table}, the whole schema. */
record MaintenanceRequest(String operation, String schema, String table, Options options) {

    /** VACUUM's FULL, FREEZE and ANALYZE; VERBOSE for every operation. */
    record Options(boolean full, boolean freeze, boolean analyze, boolean verbose) {}

    Options optionsOrNone() {
        return options == null ? new Options(false, false, false, false) : options;
    }
}
