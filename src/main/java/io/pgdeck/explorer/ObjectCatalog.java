package io.pgdeck.explorer;

import io.pgdeck.sql.ObjectKind;
import io.pgdeck.sql.SqlResource;
import io.pgdeck.web.Problems;
import java.sql.SQLException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Properties of one object: its catalog row, with what it depends on and what depends on it. */
@Component
final class ObjectCatalog {

    private static final String DEPENDENCIES = SqlResource.load(ObjectCatalog.class, "dependencies.sql");
    private static final String SCHEMA = SqlResource.load(ObjectCatalog.class, "schema.sql");

    private final CatalogReader reader;

    ObjectCatalog(CatalogReader reader) {
        this.reader = reader;
    }

    ObjectNode properties(String database, String schema, ObjectKind kind, String name) throws SQLException {
        return withDependencies(database, Kinds.catalog(kind), require(database, schema, kind, name));
    }

    /** The object's catalog row, or 404 when there is no such object of that kind. */
    ObjectNode require(String database, String schema, ObjectKind kind, String name) throws SQLException {
        return reader.one(database, Kinds.propertiesSql(kind), Kinds.propertiesParameters(kind, schema, name))
                .filter(properties -> Kinds.matches(kind, properties))
                .orElseThrow(() -> Problems.notFound(
                        "There is no " + kind.segment() + " entry named '" + name + "' in schema '" + schema + "'."));
    }

    ObjectNode schema(String database, String schema) throws SQLException {
        ObjectNode properties = reader.one(database, SCHEMA, schema)
                .orElseThrow(() -> Problems.notFound("There is no schema named '" + schema + "'."));
        return withDependencies(database, "pg_namespace", properties);
    }

    private ObjectNode withDependencies(String database, String catalog, ObjectNode properties) throws SQLException {
        ArrayNode edges = reader.list(
                database, DEPENDENCIES, catalog, properties.get("oid").asLong());
        ArrayNode dependencies = properties.putArray("dependencies");
        ArrayNode dependents = properties.putArray("dependents");
        for (JsonNode edge : edges) {
            ObjectNode entry = ((ObjectNode) edge).deepCopy();
            String direction = entry.remove("direction").asString();
            ("dependency".equals(direction) ? dependencies : dependents).add(entry);
        }
        return properties;
    }
}
