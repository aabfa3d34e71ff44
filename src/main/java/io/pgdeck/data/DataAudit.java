package io.pgdeck.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the audit log keeps of a data edit: the table, how many rows each kind of change touched, and their keys. */
final class DataAudit {

    private DataAudit() {}

    static Map<String, Object> edit(String schema, String table, ChangeRequest request) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("table", schema + "." + table);
        detail.put("inserted", request.inserts().size());
        detail.put("updated", request.updates().size());
        detail.put("deleted", request.deletes().size());
        detail.put(
                "updatedKeys",
                keys(request.updates().stream()
                        .map(ChangeRequest.RowUpdate::key)
                        .toList()));
        detail.put(
                "deletedKeys",
                keys(request.deletes().stream()
                        .map(ChangeRequest.RowDelete::key)
                        .toList()));
        return detail;
    }

    private static List<Map<String, String>> keys(List<Map<String, JsonNode>> keys) {
        return keys.stream()
                .map(key -> {
                    Map<String, String> shown = new LinkedHashMap<>();
                    key.forEach((column, value) -> shown.put(column, value == null ? null : value.toString()));
                    return shown;
                })
                .toList();
    }
}
