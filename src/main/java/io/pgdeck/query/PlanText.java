package io.pgdeck.query;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Renders EXPLAIN's JSON format as an indented text tree close to the server's own text format. */
final class PlanText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanText() {}

    static String render(String planJson) {
        JsonNode root = JSON.readTree(planJson).get(0);
        StringBuilder text = new StringBuilder();
        node(root.get("Plan"), 0, text);
        if (root.has("Planning Time")) {
            text.append("Planning Time: ")
                    .append(fixed(root.get("Planning Time"), 3))
                    .append(" ms\n");
        }
        if (root.has("Execution Time")) {
            text.append("Execution Time: ")
                    .append(fixed(root.get("Execution Time"), 3))
                    .append(" ms\n");
        }
        return text.toString().stripTrailing();
    }

    /** As the server prints them: costs with 2 decimals, times with 3. */
    private static String fixed(JsonNode number, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", number.asDouble());
    }

    private static void node(JsonNode plan, int depth, StringBuilder text) {
        String indent = " ".repeat(Math.max(0, depth * 6 - 4));
        text.append(indent)
                .append(depth > 0 ? "->  " : "")
                .append(plan.get("Node Type").asString());
        if (plan.has("Relation Name")) {
            text.append(" on ").append(plan.get("Relation Name").asString());
            if (plan.has("Alias")
                    && !plan.get("Alias")
                            .asString()
                            .equals(plan.get("Relation Name").asString())) {
                text.append(' ').append(plan.get("Alias").asString());
            }
        }
        if (plan.has("Total Cost")) {
            text.append("  (cost=")
                    .append(fixed(plan.get("Startup Cost"), 2))
                    .append("..")
                    .append(fixed(plan.get("Total Cost"), 2))
                    .append(" rows=")
                    .append(plan.get("Plan Rows").asString())
                    .append(" width=")
                    .append(plan.get("Plan Width").asString())
                    .append(')');
        }
        if (plan.has("Actual Loops")) {
            text.append(" (actual");
            if (plan.has("Actual Total Time")) {
                text.append(" time=")
                        .append(fixed(plan.get("Actual Startup Time"), 3))
                        .append("..")
                        .append(fixed(plan.get("Actual Total Time"), 3));
            }
            text.append(" rows=")
                    .append(plan.get("Actual Rows").asString())
                    .append(" loops=")
                    .append(plan.get("Actual Loops").asString())
                    .append(')');
        }
        text.append('\n');
        JsonNode children = plan.get("Plans");
        if (children != null) {
            children.forEach(child -> node(child, depth + 1, text));
        }
    }
}
