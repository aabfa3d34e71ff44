package io.pgdeck.backup;

import tools.jackson.databind.JsonNode;

/** The body of POST /databases/{db}/restores and of its analysis; {@code options} gives only what differs. */
record RestoreRequest(String file, String schema, JsonNode options) {}
