package io.pgdeck.explorer.ddl;

import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GRANT and REVOKE statements that turn an object's default privileges into its ACL, by pg_dump's rule: revoke from
 * each grantee whose default entry is gone, then grant each entry that is not a default one, in the ACL's order, as
 * its grantor. Replaying them yields the same ACL, entry for entry.
 */
final class Acl {

    /** Privilege letters of {@code aclitem} and their names, in the order pg_dump prints them, per object type. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("TABLE", "rSELECT aINSERT xREFERENCES dDELETE tTRIGGER DTRUNCATE wUPDATE"),
            Map.entry("COLUMN", "rSELECT aINSERT xREFERENCES wUPDATE"),
            Map.entry("SEQUENCE", "rSELECT UUSAGE wUPDATE"),
            Map.entry("FUNCTION", "XEXECUTE"),
            Map.entry("PROCEDURE", "XEXECUTE"),
            Map.entry("TYPE", "UUSAGE"),
            Map.entry("SCHEMA", "UUSAGE CCREATE"),
            Map.entry("TABLES", "rSELECT aINSERT xREFERENCES dDELETE tTRIGGER DTRUNCATE wUPDATE"),
            Map.entry("SEQUENCES", "rSELECT UUSAGE wUPDATE"),
            Map.entry("FUNCTIONS", "XEXECUTE"),
            Map.entry("TYPES", "UUSAGE"),
            Map.entry("SCHEMAS", "UUSAGE CCREATE"));

    private record Entry(String grantee, String grantor, String privileges) {}

    private Acl() {}

    /** The statements for an object whose row has {@code acl}, {@code default_acl} and {@code owner} columns. */
    static List<String> of(String type, String target, Row row) {
        return statements(
                type, target, null, row.list("acl"), row.list("default_acl"), row.text("owner"), row.isNull("acl"));
    }

    /**
     * @param type the object type as GRANT names it (TABLE, SEQUENCE, FUNCTION, PROCEDURE, TYPE, SCHEMA)
     * @param target the object as GRANT names it, e.g. {@code s.f(integer)}
     * @param column the column for a column's ACL, else null
     * @param acl the ACL, or null when the object still has its defaults
     */
    static List<String> statements(
            String type,
            String target,
            String column,
            List<String> acl,
            List<String> defaults,
            String owner,
            boolean aclIsNull) {
        List<String> statements = new ArrayList<>();
        if (aclIsNull) {
            return statements;
        }
        for (String item : defaults) {
            if (!acl.contains(item)) {
                Entry entry = parse(item);
                statements.add("REVOKE ALL ON " + onClause(type, target) + " FROM " + grantee(entry));
            }
        }
        for (String item : acl) {
            if (!defaults.contains(item)) {
                statements.addAll(grants(type, target, column, parse(item), owner));
            }
        }
        return statements;
    }

    /**
     * ALTER DEFAULT PRIVILEGES for what {@code role} creates in {@code schema}: a schema's entries add to the
     * built-in defaults, so each one is a grant.
     *
     * @param objectType the pg_default_acl code: r tables, S sequences, f functions, T types, n schemas
     */
    static List<String> defaultPrivileges(String role, String schema, String objectType, List<String> acl) {
        String objects = defaultObjects(objectType);
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + quoteIdentifier(role) + " IN SCHEMA " + schema + " ";
        return statements(objects, "", null, acl, List.of(), role, false).stream()
                .map(statement -> prefix + statement)
                .toList();
    }

    /** The objects a pg_default_acl code stands for, as ALTER DEFAULT PRIVILEGES names them. */
    static String defaultObjects(String objectType) {
        return switch (objectType) {
            case "S" -> "SEQUENCES";
            case "f" -> "FUNCTIONS";
            case "T" -> "TYPES";
            case "n" -> "SCHEMAS";
            default -> "TABLES";
        };
    }

    private static List<String> grants(String type, String target, String column, Entry entry, String owner) {
        String letters = LETTERS.get(column == null ? type : "COLUMN");
        StringBuilder plain = new StringBuilder();
        StringBuilder withOption = new StringBuilder();
        for (String letterAndName : letters.split(" ")) {
            int at = entry.privileges.indexOf(letterAndName.charAt(0));
            if (at < 0) {
                continue;
            }
            boolean grantable = at + 1 < entry.privileges.length() && entry.privileges.charAt(at + 1) == '*';
            StringBuilder list = grantable ? withOption : plain;
            list.append(list.isEmpty() ? "" : ",").append(letterAndName.substring(1));
            if (column != null) {
                list.append('(').append(quoteIdentifier(column)).append(')');
            }
        }
        List<String> statements = new ArrayList<>();
        boolean asOwner = entry.grantor.equals(owner);
        if (!asOwner) {
            statements.add("SET SESSION AUTHORIZATION " + quoteIdentifier(entry.grantor));
        }
        String on = " ON " + onClause(type, target) + " TO " + grantee(entry);
        if (!plain.isEmpty()) {
            statements.add("GRANT " + all(plain.toString(), letters, column) + on);
        }
        if (!withOption.isEmpty()) {
            statements.add("GRANT " + all(withOption.toString(), letters, column) + on + " WITH GRANT OPTION");
        }
        if (!asOwner) {
            statements.add("RESET SESSION AUTHORIZATION");
        }
        return statements;
    }

    private static String onClause(String type, String target) {
        return target.isEmpty() ? type : type + " " + target;
    }

    /** ALL when every privilege of the type is there, as pg_dump writes it (never for a column). */
    private static String all(String names, String letters, String column) {
        return column == null && names.split(",").length == letters.split(" ").length ? "ALL" : names;
    }

    private static String grantee(Entry entry) {
        return entry.grantee.isEmpty() ? "PUBLIC" : quoteIdentifier(entry.grantee);
    }

    /** Reads {@code grantee=privileges/grantor}, where either role may be double-quoted and PUBLIC is empty. */
    private static Entry parse(String item) {
        int[] at = {0};
        String grantee = role(item, at, '=');
        at[0]++;
        int slash = item.indexOf('/', at[0]);
        String privileges = item.substring(at[0], slash);
        at[0] = slash + 1;
        String grantor = role(item, at, '\0');
        return new Entry(grantee, grantor, privileges);
    }

    private static String role(String item, int[] at, char end) {
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        while (at[0] < item.length()) {
            char c = item.charAt(at[0]);
            if (c == '"') {
                if (quoted && at[0] + 1 < item.length() && item.charAt(at[0] + 1) == '"') {
                    name.append('"');
                    at[0]++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == end && !quoted) {
                break;
            } else {
                name.append(c);
            }
            at[0]++;
        }
        return name.toString();
    }
}
