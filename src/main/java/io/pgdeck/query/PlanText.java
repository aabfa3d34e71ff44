package io.pgdeck.query;

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
                    .append(root.get("Planning Time").asString())
                    .append(" ms\n");
        }
        if (root.has("Execution Time")) {
            text.append("Execution Time: ")
                    .append(root.get("Execution Time").asString())
                    .append(" ms\n");
        }
        return text.toString().stripTrailing();
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
                    .append(plan.get("Startup Cost").asString())
                    .append("..")
                    .append(plan.get("Total Cost").asString())
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
                        .append(plan.get("Actual Startup Time").asString())
                        .append("..")
                        .append(plan.get("Actual Total Time").asString());
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
