package io.pgdeck.explorer;

import static io.pgdeck.explorer.Statements.name;
import static io.pgdeck.sql.SqlQuoting.quoteLiteral;

import java.util.ArrayList;
import java.util.List;

/** The DDL for server-wide objects: databases and roles (single-tenant only). */
final class ServerStatements {

    /** Shown instead of a password in the SQL that pgdeck answers: the real one runs, it is never echoed. */
    static final String HIDDEN_PASSWORD = "'********'";

    record DatabaseCreate(String name, String owner, String template, String encoding, String comment) {}

    /** A role's attributes; on change, each field left out stays as it is. */
    record Role(
            String name,
            Boolean login,
            Boolean superuser,
            Boolean createDatabase,
            Boolean createRole,
            Boolean inherit,
            Boolean replication,
            Boolean bypassRowSecurity,
            Integer connectionLimit,
            String validUntil,
            String password,
            List<String> memberOf,
            String comment) {}

    private ServerStatements() {}

    static List<String> createDatabase(DatabaseCreate database) {
        String target = name("database name", database.name());
        StringBuilder sql = new StringBuilder("CREATE DATABASE ").append(target);
        if (database.owner() != null) {
            sql.append(" OWNER ").append(name("owner", database.owner()));
        }
        if (database.template() != null) {
            sql.append(" TEMPLATE ").append(name("template", database.template()));
        }
        if (database.encoding() != null) {
            sql.append(" ENCODING ").append(quoteLiteral(database.encoding()));
        }
        List<String> statements = new ArrayList<>(List.of(sql.toString()));
        Statements.ownerAndComment(statements, "DATABASE", target, null, database.comment());
        return statements;
    }

    static List<String> dropDatabase(String database, boolean force) {
        return List.of("DROP DATABASE " + name("database", database) + (force ? " WITH (FORCE)" : ""));
    }

    static List<String> createRole(Role role) {
        String target = name("role name", role.name());
        List<String> statements = new ArrayList<>(List.of("CREATE ROLE " + target + attributes(role)));
        memberships(statements, target, role.memberOf());
        Statements.ownerAndComment(statements, "ROLE", target, null, role.comment());
        return statements;
    }

    static List<String> alterRole(String role, Role change) {
        String target = name("role", role);
        List<String> statements = new ArrayList<>();
        String attributes = attributes(change);
        if (!attributes.isEmpty()) {
            statements.add("ALTER ROLE " + target + attributes);
        }
        memberships(statements, target, change.memberOf());
        Statements.ownerAndComment(statements, "ROLE", target, null, change.comment());
        if (change.name() != null && !change.name().equals(role)) {
            statements.add(Statements.rename("ROLE", target, change.name()));
        }
        return TableStatements.nonEmpty(statements);
    }

    static List<String> dropRole(String role) {
        return List.of("DROP ROLE " + name("role", role));
    }

    /** The statements as pgdeck shows them: the password literal replaced. */
    static List<String> shown(List<String> statements, Role role) {
        if (role.password() == null) {
            return statements;
        }
        String literal = quoteLiteral(role.password());
        return statements.stream()
                .map(sql -> sql.replace(literal, HIDDEN_PASSWORD))
                .toList();
    }

    private static String attributes(Role role) {
        StringBuilder sql = new StringBuilder();
        flag(sql, role.login(), "LOGIN");
        flag(sql, role.superuser(), "SUPERUSER");
        flag(sql, role.createDatabase(), "CREATEDB");
        flag(sql, role.createRole(), "CREATEROLE");
        flag(sql, role.inherit(), "INHERIT");
        flag(sql, role.replication(), "REPLICATION");
        flag(sql, role.bypassRowSecurity(), "BYPASSRLS");
        if (role.connectionLimit() != null) {
            sql.append(" CONNECTION LIMIT ").append(role.connectionLimit().intValue());
        }
        if (role.validUntil() != null) {
            sql.append(" VALID UNTIL ").append(quoteLiteral(role.validUntil()));
        }
        if (role.password() != null) {
            sql.append(" PASSWORD ").append(quoteLiteral(role.password()));
        }
        return sql.isEmpty() ? "" : " WITH" + sql;
    }

    private static void flag(StringBuilder sql, Boolean value, String attribute) {
        if (value != null) {
            sql.append(value ? " " : " NO").append(attribute);
        }
    }

    private static void memberships(List<String> statements, String target, List<String> groups) {
        if (groups != null && !groups.isEmpty()) {
            statements.add("GRANT " + Statements.names("groups", groups) + " TO " + target);
        }
    }
}
