package io.pgdeck.backup;

import tools.jackson.databind.JsonNode;

/** The body of POST /databases/{db}/backups; {@code options} gives only what differs from the defaults. */
record BackupRequest(
        String scope, String schema, String table, String file, String format, Boolean overwrite, JsonNode options) {}
