package io.pgdeck.data;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every pending change of a grid, applied in one transaction. Each update and delete names its row by {@code key} and
 * carries the values it was based on in {@code original}: if the row no longer holds them, someone changed it since it
 * was read, and nothing is applied.
 */
record ChangeRequest(List<Map<String, JsonNode>> inserts, List<RowUpdate> updates, List<RowDelete> deletes) {

    record RowUpdate(Map<String, JsonNode> key, Map<String, JsonNode> original, Map<String, JsonNode> set) {}

    record RowDelete(Map<String, JsonNode> key, Map<String, JsonNode> original) {}

    ChangeRequest {
        inserts = inserts == null ? List.of() : inserts;
        updates = updates == null ? List.of() : updates;
        deletes = deletes == null ? List.of() : deletes;
    }

    int size() {
        return inserts.size() + updates.size() + deletes.size();
    }
}
