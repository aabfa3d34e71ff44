package io.pgdeck.sql;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of object a schema holds: the one list every feature uses (the Object Explorer, the DDL scripts, View/Edit
 * Data). Each is named as the API's URLs name it ({@code /schemas/{schema}/{segment}}), with the word its DROP, ALTER and
 * COMMENT ON statements take, the catalog codes that pick its objects (relkind, prokind or typtype; "t" stands for
 * functions returning trigger), and the noun a message uses for one of them.
 */
public enum ObjectKind {
    TABLES("tables", Family.RELATION, "TABLE", "rp", "table"),
    VIEWS("views", Family.RELATION, "VIEW", "v", "view"),
    MATERIALIZED_VIEWS("materialized-views", Family.RELATION, "MATERIALIZED VIEW", "m", "materialized view"),
    FOREIGN_TABLES("foreign-tables", Family.RELATION, "FOREIGN TABLE", "f", "foreign table"),
    SEQUENCES("sequences", Family.SEQUENCE, "SEQUENCE", "S", "sequence"),
    FUNCTIONS("functions", Family.ROUTINE, "FUNCTION", "f", "function"),
    PROCEDURES("procedures", Family.ROUTINE, "PROCEDURE", "p", "procedure"),
    TRIGGER_FUNCTIONS("trigger-functions", Family.ROUTINE, "FUNCTION", "t", "trigger function"),
    AGGREGATES("aggregates", Family.ROUTINE, "AGGREGATE", "a", "aggregate"),
    TYPES("types", Family.TYPE, "TYPE", "ecrbp", "type"),
    DOMAINS("domains", Family.TYPE, "DOMAIN", "d", "domain"),
    COLLATIONS("collations", Family.COLLATION, "COLLATION", "", "collation");

    /** Kinds that live in one catalog and are read by the same queries. */
    public enum Family {
        RELATION,
        SEQUENCE,
        ROUTINE,
        TYPE,
        COLLATION
    }

    private final String segment;
    private final Family family;
    private final String keyword;
    private final String codes;
    private final String noun;

    ObjectKind(String segment, Family family, String keyword, String codes, String noun) {
        this.segment = segment;
        this.family = family;
        this.keyword = keyword;
        this.codes = codes;
        this.noun = noun;
    }

    /** The kind a URL names, if there is one. */
    public static Optional<ObjectKind> ofSegment(String segment) {
        return Arrays.stream(values())
                .filter(kind -> kind.segment.equals(segment))
                .findFirst();
    }

    public String segment() {
        return segment;
    }

    public Family family() {
        return family;
    }

    /** The object type in DROP, ALTER and COMMENT ON statements. */
    public String keyword() {
        return keyword;
    }

    /** The catalog codes (relkind, prokind or typtype) of its objects, one character each. */
    public String codes() {
        return codes;
    }

    public String noun() {
        return noun;
    }

    public boolean isRelation() {
        return family == Family.RELATION;
    }
}
