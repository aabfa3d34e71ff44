package io.pgdeck.backup;

import io.pgdeck.web.Problems;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the options of a request over the defaults: what the request gives wins, group by group, field by field;
 * what it leaves out keeps its default. An option name pgdeck does not know is refused rather than ignored.
 */
@Component
final class OptionsReader {

    private final JsonMapper json;

    OptionsReader(JsonMapper json) {
        this.json = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    <T> T read(JsonNode given, T defaults, Class<T> type) {
        ObjectNode merged = json.valueToTree(defaults);
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw Problems.badRequest("'options' must be an object.");
            }
            merge(merged, given);
        }
        try {
            return json.treeToValue(merged, type);
        } catch (JacksonException e) {
            throw Problems.badRequest("The options are not valid: " + e.getOriginalMessage());
        }
    }

    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    private static void merge(ObjectNode target, JsonNode given) {
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode group && field.getValue().isObject()) {
                merge(group, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
