package io.pgdeck.ddl;

import io.pgdeck.web.Problems;
import java.util.Arrays;

/** The Object Explorer's kinds of object (the URL segment), the catalog each lives in and how to find one by name. */
enum DdlKind {
    TABLES("tables", ScriptPlan.Family.RELATION, "relation", "rp"),
    VIEWS("views", ScriptPlan.Family.RELATION, "relation", "v"),
    MATERIALIZED_VIEWS("materialized-views", ScriptPlan.Family.RELATION, "relation", "m"),
    FOREIGN_TABLES("foreign-tables", ScriptPlan.Family.RELATION, "relation", "f"),
    SEQUENCES("sequences", ScriptPlan.Family.SEQUENCE, "relation", "S"),
    FUNCTIONS("functions", ScriptPlan.Family.ROUTINE, "routine", "f"),
    PROCEDURES("procedures", ScriptPlan.Family.ROUTINE, "routine", "p"),
    TRIGGER_FUNCTIONS("trigger-functions", ScriptPlan.Family.ROUTINE, "routine", "t"),
    AGGREGATES("aggregates", ScriptPlan.Family.ROUTINE, "routine", "a"),
    TYPES("types", ScriptPlan.Family.TYPE, "type", "ecrbp"),
    DOMAINS("domains", ScriptPlan.Family.TYPE, "type", "d"),
    COLLATIONS("collations", ScriptPlan.Family.COLLATION, "collation", "");

    final String segment;
    final ScriptPlan.Family family;
    /** The family as resolve.sql names it, and the kind codes (relkind, routine kind, typtype) it accepts. */
    final String resolveFamily;

    final String codes;

    DdlKind(String segment, ScriptPlan.Family family, String resolveFamily, String codes) {
        this.segment = segment;
        this.family = family;
        this.resolveFamily = resolveFamily;
        this.codes = codes;
    }

    static DdlKind of(String segment) {
        return Arrays.stream(values())
                .filter(kind -> kind.segment.equals(segment))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("There is no kind of object named '" + segment + "'."));
    }
}
