package io.pgdeck.ddl;

import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;

/** A schema's objects one by one, in dependency order: what a snapshot keeps and a comparison matches. */
@Component
public final class SchemaObjects {

    private final DdlScripts scripts;

    SchemaObjects(DdlScripts scripts) {
        this.scripts = scripts;
    }

    /** Every object of the schema but the schema itself, in the order that creates them; 404 for no such schema. */
    public List<SchemaObject> read(String database, String schema) throws SQLException {
        return scripts.schema(database, schema).items().stream()
                .filter(item -> !item.isEmpty() && !"SCHEMA".equals(item.type))
                .map(item -> new SchemaObject(item.type, item.name, item.owner, item.statements))
                .toList();
    }
}
