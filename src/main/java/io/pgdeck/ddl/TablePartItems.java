package io.pgdeck.ddl;

import static io.pgdeck.ddl.Ddl.comment;
import static io.pgdeck.ddl.Ddl.name;
import static io.pgdeck.ddl.Ddl.qualified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What belongs to a table but is created after it, each as its own entry so that the order can put it where its
 * dependencies allow: constraints written by ALTER TABLE, indexes (and their attachment to a partitioned parent's),
 * triggers, rules, policies and extended statistics.
 */
final class TablePartItems {

    private final String schema;
    private final Map<String, Row> relations;
    private final Parts partitions;

    /**
     * @param relations the relations by oid, to name the table each part is on
     * @param partitions the partitions by their parent's oid: a parent's indexes wait until they are attached
     */
    TablePartItems(String schema, Map<String, Row> relations, Parts partitions) {
        this.schema = schema;
        this.relations = relations;
        this.partitions = partitions;
    }

    List<Item> constraint(Row constraint) {
        Row relation = relations.get(constraint.text("relation"));
        String type = constraint.text("type");
        if (relation == null || RelationItems.isInlineCheck(constraint, relation) || "n".equals(type)) {
            return List.of();
        }
        if ("c".equals(type) && !constraint.flag("local") && !relation.flag("is_partition")) {
            return List.of(); // inherited: CREATE TABLE ... INHERITS makes it
        }
        String table = qualified(schema, relation.text("name"));
        boolean foreignKey = "f".equals(type);
        Item item = part(
                constraint,
                relation,
                foreignKey ? "FK CONSTRAINT" : "CONSTRAINT",
                foreignKey ? Phase.FOREIGN_KEY : Phase.CONSTRAINT);
        // ONLY would not recurse: a foreign key on a partitioned table and a NOT VALID check must reach the children.
        boolean only = !foreignKey && !"c".equals(type) || foreignKey && !"p".equals(relation.text("relkind"));
        List<String> create = new ArrayList<>();
        create.add("ALTER TABLE " + (only ? "ONLY " : "") + table + "\n    ADD CONSTRAINT "
                + name(constraint.text("name")) + " " + constraint.text("definition"));
        create.addAll(indexSettings(constraint, table, constraint.text("name")));
        item.add(create);
        item.add(comment("CONSTRAINT " + name(constraint.text("name")) + " ON " + table, constraint.text("comment")));
        item.provides("pg_class", constraint.text("index_oid"));
        List<Item> items = new ArrayList<>(List.of(item));
        attachIndex(constraint, relation, constraint.text("index_oid")).ifPresent(items::add);
        return items;
    }

    List<Item> index(Row index) {
        Row relation = relations.get(index.text("relation"));
        if (relation == null) {
            return List.of();
        }
        Item item = part(index, relation, "INDEX", Phase.INDEX);
        String target = qualified(schema, index.text("name"));
        List<String> create = new ArrayList<>(List.of(index.text("definition")));
        for (String setting : index.list("statistics")) {
            String[] column = setting.split("=");
            create.add("ALTER INDEX " + target + " ALTER COLUMN " + column[0] + " SET STATISTICS " + column[1]);
        }
        create.addAll(indexSettings(index, qualified(schema, relation.text("name")), index.text("name")));
        item.add(create);
        item.add(comment("INDEX " + target, index.text("comment")));
        List<Item> items = new ArrayList<>(List.of(item));
        attachIndex(index, relation, index.text("oid")).ifPresent(items::add);
        return items;
    }

    private static List<String> indexSettings(Row index, String table, String indexName) {
        List<String> statements = new ArrayList<>();
        if (index.flag("clustered")) {
            statements.add("ALTER TABLE " + table + " CLUSTER ON " + name(indexName));
        }
        if (index.flag("replica_identity")) {
            statements.add("ALTER TABLE ONLY " + table + " REPLICA IDENTITY USING INDEX " + name(indexName));
        }
        return statements;
    }

    private Optional<Item> attachIndex(Row index, Row relation, String indexOid) {
        if (!index.has("parent_index")) {
            return Optional.empty();
        }
        Item item = new Item(index.text("name"), "INDEX ATTACH", relation.text("owner"), Phase.ATTACH_INDEX);
        item.add("ALTER INDEX " + index.text("parent_index") + " ATTACH PARTITION "
                + qualified(schema, index.text("name")));
        item.requires("pg_class", indexOid).requires("pg_class", index.text("parent_index_oid"));
        return Optional.of(item);
    }

    Item trigger(Row trigger) {
        Row relation = relations.get(trigger.text("relation"));
        String table = qualified(schema, relation.text("name"));
        Item item = part(trigger, relation, "TRIGGER", Phase.TRIGGER);
        List<String> create = new ArrayList<>(List.of(trigger.text("definition")));
        enabling(trigger.text("enabled"), "TRIGGER", name(trigger.text("name")), table)
                .ifPresent(create::add);
        item.add(create);
        item.add(comment("TRIGGER " + name(trigger.text("name")) + " ON " + table, trigger.text("comment")));
        return item;
    }

    Item rule(Row rule) {
        Row relation = relations.get(rule.text("relation"));
        String table = qualified(schema, relation.text("name"));
        Item item = part(rule, relation, "RULE", Phase.RULE);
        List<String> create = new ArrayList<>(List.of(Ddl.statement(rule.text("definition"))));
        enabling(rule.text("enabled"), "RULE", name(rule.text("name")), table).ifPresent(create::add);
        item.add(create);
        item.add(comment("RULE " + name(rule.text("name")) + " ON " + table, rule.text("comment")));
        return item;
    }

    /** ALTER TABLE ... DISABLE / ENABLE REPLICA / ENABLE ALWAYS for a trigger or rule not in the default state. */
    private static Optional<String> enabling(String state, String what, String object, String table) {
        String change = switch (state) {
            case "D" -> "DISABLE ";
            case "R" -> "ENABLE REPLICA ";
            case "A" -> "ENABLE ALWAYS ";
            default -> null;
        };
        return Optional.ofNullable(change).map(c -> "ALTER TABLE " + table + " " + c + what + " " + object);
    }

    Item policy(Row policy) {
        Row relation = relations.get(policy.text("relation"));
        String table = qualified(schema, relation.text("name"));
        Item item = part(policy, relation, "POLICY", Phase.POLICY);
        StringBuilder sql = new StringBuilder("CREATE POLICY ")
                .append(name(policy.text("name")))
                .append(" ON ")
                .append(table);
        if (!policy.flag("permissive")) {
            sql.append(" AS RESTRICTIVE");
        }
        String command = switch (policy.text("command")) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> null;
        };
        if (command != null) {
            sql.append(" FOR ").append(command);
        }
        if (!policy.list("roles").isEmpty()) {
            sql.append(" TO ").append(String.join(", ", policy.list("roles")));
        }
        if (policy.has("using_expression")) {
            sql.append(" USING (").append(policy.text("using_expression")).append(")");
        }
        if (policy.has("check_expression")) {
            sql.append(" WITH CHECK (").append(policy.text("check_expression")).append(")");
        }
        item.add(sql.toString());
        item.add(comment("POLICY " + name(policy.text("name")) + " ON " + table, policy.text("comment")));
        return item;
    }

    Item statistics(Row statistics) {
        Row relation = relations.get(statistics.text("relation"));
        String target = qualified(schema, statistics.text("name"));
        Item item = new Item(statistics.text("name"), "STATISTICS", statistics.text("owner"), Phase.STATISTICS);
        item.provides("pg_statistic_ext", statistics.text("oid"));
        if (relation != null) {
            item.requires("pg_class", relation.text("oid"));
        }
        List<String> create = new ArrayList<>(List.of(statistics.text("definition")));
        if (statistics.number("target") >= 0) {
            create.add("ALTER STATISTICS " + target + " SET STATISTICS " + statistics.number("target"));
        }
        item.add(create);
        item.ownerAndComment("STATISTICS", target, statistics);
        return item;
    }

    /** An entry of one of the table's parts, named as pg_dump names it ({@code table part}), after the table. */
    private Item part(Row part, Row relation, String type, Phase phase) {
        String catalog = switch (type) {
            case "INDEX" -> "pg_class";
            case "TRIGGER" -> "pg_trigger";
            case "RULE" -> "pg_rewrite";
            case "POLICY" -> "pg_policy";
            default -> "pg_constraint";
        };
        String itemName = "INDEX".equals(type) ? part.text("name") : relation.text("name") + " " + part.text("name");
        Item item = new Item(itemName, type, relation.text("owner"), phase);
        item.provides(catalog, part.text("oid"));
        item.requires("pg_class", relation.text("oid"));
        if (phase == Phase.INDEX || phase == Phase.CONSTRAINT) {
            // The parent's index must find its partitions attached, or attaching them later would build copies.
            partitions.of(relation.text("oid")).forEach(child -> item.requires("attach", child.text("oid")));
        }
        return item;
    }
}
