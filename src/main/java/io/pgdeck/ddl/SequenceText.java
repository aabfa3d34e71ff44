package io.pgdeck.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A sequence's options as pg_dump writes them, leaving out the type and bounds that are the defaults. */
final class SequenceText {

    private static final Map<String, long[]> TYPE_RANGES = Map.of(
            "smallint", new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            "integer", new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            "bigint", new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

    private SequenceText() {}

    /**
     * The option lines, each indented by four spaces (AS, START WITH, INCREMENT BY, bounds, CACHE, CYCLE). An
     * identity's sequence takes its type from the column and may not say AS.
     */
    static List<String> options(Row sequence) {
        String type = sequence.text("type");
        long[] range = TYPE_RANGES.getOrDefault(type, TYPE_RANGES.get("bigint"));
        long increment = sequence.number("increment");
        long defaultMin = increment > 0 ? 1 : range[0];
        long defaultMax = increment > 0 ? range[1] : -1;
        List<String> lines = new ArrayList<>();
        if (!"bigint".equals(type) && !sequence.flag("identity")) {
            lines.add("AS " + type);
        }
        lines.add("START WITH " + sequence.number("start"));
        lines.add("INCREMENT BY " + increment);
        long min = sequence.number("min");
        long max = sequence.number("max");
        lines.add(min == defaultMin ? "NO MINVALUE" : "MINVALUE " + min);
        lines.add(max == defaultMax ? "NO MAXVALUE" : "MAXVALUE " + max);
        lines.add("CACHE " + sequence.number("cache"));
        if (sequence.flag("cycle")) {
            lines.add("CYCLE");
        }
        return lines.stream().map(line -> "    " + line).toList();
    }
}
