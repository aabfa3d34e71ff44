package io.pgdeck.data;

import io.pgdeck.web.Problems;
import java.util.Arrays;

/** The kinds of relation a data grid opens, as the API path names them, with the relkinds each covers. */
enum RelationKind {
    TABLE("tables", "rp", "table"),
    VIEW("views", "v", "view"),
    MATERIALIZED_VIEW("materialized-views", "m", "materialized view"),
    FOREIGN_TABLE("foreign-tables", "f", "foreign table");

    private final String pathSegment;
    private final String relkinds;
    private final String noun;

    RelationKind(String pathSegment, String relkinds, String noun) {
        this.pathSegment = pathSegment;
        this.relkinds = relkinds;
        this.noun = noun;
    }

    static RelationKind fromPath(String segment) {
        return Arrays.stream(values())
                .filter(kind -> kind.pathSegment.equals(segment))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("Data can be viewed for tables, views, materialized views and"
                        + " foreign tables, not '" + segment + "'."));
    }

    String relkinds() {
        return relkinds;
    }

    String noun() {
        return noun;
    }

    String pathSegment() {
        return pathSegment;
    }
}
