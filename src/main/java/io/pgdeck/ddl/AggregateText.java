package io.pgdeck.ddl;

import java.util.ArrayList;
import java.util.List;

/** CREATE AGGREGATE from pg_aggregate, naming only what differs from the defaults, as pg_dump does. */
final class AggregateText {

    private AggregateText() {}

    static String create(Row aggregate, String target) {
        List<String> options = new ArrayList<>();
        options.add("SFUNC = " + aggregate.text("transition_function"));
        options.add("STYPE = " + aggregate.text("state_type"));
        if (aggregate.number("state_space") != 0) {
            options.add("SSPACE = " + aggregate.number("state_space"));
        }
        String defaultModify = "n".equals(aggregate.text("aggregate_kind")) ? "r" : "w";
        finalFunction(
                options,
                "",
                aggregate.text("final_function"),
                aggregate.flag("final_extra"),
                aggregate.text("final_modify"),
                defaultModify);
        Ddl.option(options, "COMBINEFUNC", aggregate.text("combine_function"));
        Ddl.option(options, "SERIALFUNC", aggregate.text("serial_function"));
        Ddl.option(options, "DESERIALFUNC", aggregate.text("deserial_function"));
        if (aggregate.has("initial_condition")) {
            options.add("INITCOND = " + Ddl.literal(aggregate.text("initial_condition")));
        }
        movingOptions(options, aggregate, defaultModify);
        Ddl.option(options, "SORTOP", aggregate.text("sort_operator"));
        String parallel = aggregate.text("parallel");
        if ("s".equals(parallel) || "r".equals(parallel)) {
            options.add("PARALLEL = " + ("s".equals(parallel) ? "safe" : "restricted"));
        }
        if ("h".equals(aggregate.text("aggregate_kind"))) {
            options.add("HYPOTHETICAL");
        }
        return "CREATE AGGREGATE " + target + " (\n    " + String.join(",\n    ", options) + "\n)";
    }

    private static void movingOptions(List<String> options, Row aggregate, String defaultModify) {
        if (!aggregate.has("moving_transition_function")) {
            return;
        }
        options.add("MSFUNC = " + aggregate.text("moving_transition_function"));
        options.add("MINVFUNC = " + aggregate.text("moving_inverse_function"));
        options.add("MSTYPE = " + aggregate.text("moving_state_type"));
        if (aggregate.number("moving_state_space") != 0) {
            options.add("MSSPACE = " + aggregate.number("moving_state_space"));
        }
        finalFunction(
                options,
                "M",
                aggregate.text("moving_final_function"),
                aggregate.flag("moving_final_extra"),
                aggregate.text("moving_final_modify"),
                defaultModify);
        if (aggregate.has("moving_initial_condition")) {
            options.add("MINITCOND = " + Ddl.literal(aggregate.text("moving_initial_condition")));
        }
    }

    private static void finalFunction(
            List<String> options, String prefix, String function, boolean extra, String modify, String defaultModify) {
        if (function == null) {
            return;
        }
        options.add(prefix + "FINALFUNC = " + function);
        if (extra) {
            options.add(prefix + "FINALFUNC_EXTRA");
        }
        if (modify != null && !modify.equals(defaultModify)) {
            String word = switch (modify) {
                case "r" -> "READ_ONLY";
                case "s" -> "SHAREABLE";
                default -> "READ_WRITE";
            };
            options.add(prefix + "FINALFUNC_MODIFY = " + word);
        }
    }
}
