package io.pgdeck.ddl;

import io.pgdeck.sql.ObjectKind.Family;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a script needs from the catalog, for a whole schema or for one object and what belongs to it, turns the
 * rows into items and puts them in dependency order.
 */
final class ScriptPlan {

    private final Catalog catalog;
    /** The family of the one object scripted; null for a whole schema. */
    private final Family family;

    private final Long oid;

    private ScriptPlan(Catalog catalog, Family family, Long oid) {
        this.catalog = catalog;
        this.family = family;
        this.oid = oid;
    }

    static List<Item> wholeSchema(Catalog catalog) throws SQLException {
        return new ScriptPlan(catalog, null, null).items();
    }

    static List<Item> object(Catalog catalog, Family family, long oid) throws SQLException {
        return new ScriptPlan(catalog, family, oid).items();
    }

    private List<Row> load(String file, Family... families) throws SQLException {
        if (family == null) {
            return catalog.rows(file, null);
        }
        for (Family wanted : families) {
            if (wanted == family) {
                return catalog.rows(file, oid);
            }
        }
        return List.of();
    }

    private List<Item> items() throws SQLException {
        List<Item> items = new ArrayList<>();
        String schema = catalog.schema();
        List<Row> schemaRows = family == null ? catalog.rows("schema.sql", null) : List.of();
        ObjectItems objects = new ObjectItems(schema);
        for (Row row : schemaRows) {
            items.addAll(objects.schema(row));
        }
        if (family == null) {
            catalog.rows("operators.sql", null).forEach(row -> items.add(objects.operator(row)));
            catalog.rows("default-privileges.sql", null).forEach(row -> items.add(objects.defaultPrivileges(row)));
        }
        load("collations.sql", Family.COLLATION).forEach(row -> items.add(objects.collation(row)));
        load("routines.sql", Family.ROUTINE).forEach(row -> items.add(objects.routine(row)));
        List<Row> sequences = load("sequences.sql", Family.SEQUENCE, Family.RELATION);
        for (Row sequence : sequences) {
            items.addAll(objects.sequence(sequence));
        }
        List<Row> types = load("types.sql", Family.TYPE);
        List<Row> columns = columns(types);
        TypeItems typeItems = new TypeItems(
                schema,
                new Parts(columns, "relation"),
                new Parts(load("domain-constraints.sql", Family.TYPE), "domain"));
        types.forEach(type -> items.add(typeItems.type(type)));
        items.addAll(relationItems(schema, columns, sequences));
        addDependencies(items, schemaRows);
        return DependencyOrder.sort(items);
    }

    /** Columns of the relations asked for, or of the composite type asked for. */
    private List<Row> columns(List<Row> types) throws SQLException {
        if (family == Family.TYPE) {
            Object relation = types.isEmpty() ? null : types.get(0).values().get("relation");
            return relation == null ? List.of() : catalog.rows("columns.sql", ((Number) relation).longValue());
        }
        return load("columns.sql", Family.RELATION);
    }

    private List<Item> relationItems(String schema, List<Row> columns, List<Row> sequences) throws SQLException {
        List<Row> relations = load("relations.sql", Family.RELATION);
        List<Row> constraints = load("constraints.sql", Family.RELATION);
        RelationItems relationItems = new RelationItems(
                schema,
                new Parts(columns, "relation"),
                new Parts(constraints, "relation"),
                new Parts(sequences, "owner_relation"));
        Map<String, Row> byOid = new LinkedHashMap<>();
        relations.forEach(relation -> byOid.put(relation.text("oid"), relation));
        Parts partitions = new Parts(
                relations,
                row -> row.flag("is_partition") ? row.list("parent_oids").get(0) : null);
        TablePartItems parts = new TablePartItems(schema, byOid, partitions);
        List<Item> items = new ArrayList<>();
        Map<String, Item> attachments = new LinkedHashMap<>();
        for (Row relation : relations) {
            List<Item> created = relationItems.items(relation);
            items.addAll(created);
            created.stream()
                    .filter(item -> item.phase == Phase.ATTACH_PARTITION)
                    .forEach(item -> attachments.put(relation.text("oid"), item));
        }
        for (Row constraint : constraints) {
            items.addAll(parts.constraint(constraint));
            attachAfterIndex(attachments, constraint.text("relation"), constraint.text("index_oid"));
        }
        for (Row index : load("indexes.sql", Family.RELATION)) {
            items.addAll(parts.index(index));
            attachAfterIndex(attachments, index.text("relation"), index.text("oid"));
        }
        load("triggers.sql", Family.RELATION).forEach(row -> items.add(parts.trigger(row)));
        load("rules.sql", Family.RELATION).forEach(row -> items.add(parts.rule(row)));
        load("policies.sql", Family.RELATION).forEach(row -> items.add(parts.policy(row)));
        load("statistics.sql", Family.RELATION).forEach(row -> items.add(parts.statistics(row)));
        return items;
    }

    /**
     * A partition is attached once its own indexes exist, so that attaching finds them instead of building copies
     * of its parent's; its parent's indexes in turn wait for the attachment (see {@link TablePartItems}).
     */
    private static void attachAfterIndex(Map<String, Item> attachments, String relation, String indexOid) {
        Item attach = attachments.get(relation);
        if (attach != null && indexOid != null) {
            attach.requires("pg_class", indexOid);
        }
    }

    /** Adds what pg_depend says each item needs among the others, and the schema before everything. */
    private void addDependencies(List<Item> items, List<Row> schemaRows) throws SQLException {
        Set<Long> oids = new LinkedHashSet<>();
        for (Item item : items) {
            for (String address : item.provides) {
                String number = address.substring(address.indexOf(':') + 1);
                if (number.chars().allMatch(Character::isDigit) && !item.type.equals("SCHEMA")) {
                    oids.add(Long.valueOf(number));
                }
            }
        }
        Map<String, Item> providers = new LinkedHashMap<>();
        items.forEach(item -> item.provides.forEach(address -> providers.put(address, item)));
        Long[] array = oids.toArray(Long[]::new);
        for (Row edge : catalog.query("dependencies.sql", array, array)) {
            Item dependent = providers.get(Item.address(edge.text("catalog"), edge.text("oid")));
            if (dependent != null) {
                dependent.requires(edge.text("ref_catalog"), edge.text("ref_oid"));
            }
        }
        for (Row schema : schemaRows) {
            items.forEach(item -> item.requires("pg_namespace", schema.text("oid")));
        }
    }
}
