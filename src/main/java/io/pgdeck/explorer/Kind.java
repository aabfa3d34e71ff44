package io.pgdeck.explorer;

import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * The kinds of object a schema holds, named as in the URL ({@code /schemas/{schema}/{kind}}), with the catalog queries
 * that list them and describe one of them, and the words that drop one.
 */
enum Kind {
    TABLES("tables", Family.RELATION, "r,p", "TABLE"),
    VIEWS("views", Family.RELATION, "v", "VIEW"),
    MATERIALIZED_VIEWS("materialized-views", Family.RELATION, "m", "MATERIALIZED VIEW"),
    SEQUENCES("sequences", Family.SEQUENCE, "S", "SEQUENCE"),
    FUNCTIONS("functions", Family.ROUTINE, "functions", "FUNCTION"),
    PROCEDURES("procedures", Family.ROUTINE, "procedures", "PROCEDURE"),
    TRIGGER_FUNCTIONS("trigger-functions", Family.ROUTINE, "trigger-functions", "FUNCTION"),
    TYPES("types", Family.TYPE, false, "TYPE"),
    DOMAINS("domains", Family.TYPE, true, "DOMAIN"),
    FOREIGN_TABLES("foreign-tables", Family.RELATION, "f", "FOREIGN TABLE"),
    COLLATIONS("collations", Family.COLLATION, null, "COLLATION"),
    AGGREGATES("aggregates", Family.ROUTINE, "aggregates", "AGGREGATE");

    /** Kinds that share their catalog and their queries. */
    enum Family {
        RELATION("pg_class", "relations.sql", "relation.sql", true),
        SEQUENCE("pg_class", "relations.sql", "sequence.sql", false),
        ROUTINE("pg_proc", "routines.sql", "routine.sql", false),
        TYPE("pg_type", "types.sql", "type.sql", false),
        COLLATION("pg_collation", "collations.sql", "collation.sql", false);

        final String catalog;
        final String listSql;
        final String propertiesSql;
        /** Whether the properties query takes the kind's filter too (relations of several relkinds share it). */
        final boolean filteredProperties;

        Family(String catalog, String listFile, String propertiesFile, boolean filteredProperties) {
            this.catalog = catalog;
            this.listSql = SqlResource.load(Kind.class, listFile);
            this.propertiesSql = SqlResource.load(Kind.class, propertiesFile);
            this.filteredProperties = filteredProperties;
        }
    }

    final String segment;
    final Family family;
    /** What the listing query needs besides the schema: relkinds, the routine kind, or whether domains. */
    final Object filter;
    /** The object type in DROP, ALTER and COMMENT ON statements. */
    final String keyword;

    Kind(String segment, Family family, Object filter, String keyword) {
        this.segment = segment;
        this.family = family;
        this.filter = filter;
        this.keyword = keyword;
    }

    static Kind of(String segment) {
        return Arrays.stream(values())
                .filter(kind -> kind.segment.equals(segment))
                .findFirst()
                .orElseThrow(() -> Problems.notFound("There is no kind of object named '" + segment + "'."));
    }

    Object[] listParameters(String schema) {
        return filter == null ? new Object[] {schema} : new Object[] {schema, filter};
    }

    Object[] propertiesParameters(String schema, String name) {
        return family.filteredProperties ? new Object[] {schema, name, filter} : new Object[] {schema, name};
    }

    /** Whether a row of the family's properties query is of this kind (e.g. a domain asked for as a type). */
    boolean matches(JsonNode properties) {
        return !properties.has("kind") || segment.equals(properties.get("kind").asString());
    }
}
