package io.pgdeck.explorer;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.ObjectKind.Family;
import io.pgdeck.sql.SqlResource;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** How the Object Explorer reads each kind of object: the catalog queries that list them and describe one of them. */
final class Kinds {

    /** The queries a family's kinds share. */
    private record Queries(String catalog, String listSql, String propertiesSql, boolean filteredProperties) {}

    private static final Map<Family, Queries> QUERIES = new EnumMap<>(Map.of(
            Family.RELATION, queries("pg_class", "relations.sql", "relation.sql", true),
            Family.SEQUENCE, queries("pg_class", "relations.sql", "sequence.sql", false),
            Family.ROUTINE, queries("pg_proc", "routines.sql", "routine.sql", false),
            Family.TYPE, queries("pg_type", "types.sql", "type.sql", false),
            Family.COLLATION, queries("pg_collation", "collations.sql", "collation.sql", false)));

    private Kinds() {}

    private static Queries queries(String catalog, String listFile, String propertiesFile, boolean filtered) {
        return new Queries(
                catalog,
                SqlResource.load(Kinds.class, listFile),
                SqlResource.load(Kinds.class, propertiesFile),
                filtered);
    }

    /** The system catalog its objects live in, e.g. pg_class. */
    static String catalog(ObjectKind kind) {
        return QUERIES.get(kind.family()).catalog();
    }

    static String listSql(ObjectKind kind) {
        return QUERIES.get(kind.family()).listSql();
    }

    static String propertiesSql(ObjectKind kind) {
        return QUERIES.get(kind.family()).propertiesSql();
    }

    static Object[] listParameters(ObjectKind kind, String schema) {
        Object filter = filter(kind);
        return filter == null ? new Object[] {schema} : new Object[] {schema, filter};
    }

    static Object[] propertiesParameters(ObjectKind kind, String schema, String name) {
        return QUERIES.get(kind.family()).filteredProperties()
                ? new Object[] {schema, name, filter(kind)}
                : new Object[] {schema, name};
    }

    /** Whether a row of the family's properties query is of this kind (e.g. a domain asked for as a type). */
    static boolean matches(ObjectKind kind, JsonNode properties) {
        return !properties.has("kind")
                || kind.segment().equals(properties.get("kind").asString());
    }

    /** What the listing query needs besides the schema: relkinds, the routine kind, or whether domains. */
    private static Object filter(ObjectKind kind) {
        return switch (kind.family()) {
            case RELATION, SEQUENCE -> kind.codes();
            case ROUTINE -> kind.segment();
            case TYPE -> kind == ObjectKind.DOMAINS;
            case COLLATION -> null;
        };
    }
}
