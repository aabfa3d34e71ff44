package io.pgdeck.ddl;

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

    private static final String TABLE = "rSELECT aINSERT xREFERENCES dDELETE tTRIGGER DTRUNCATE wUPDATE mMAINTAIN";
    private static final String SEQUENCE = "rSELECT UUSAGE wUPDATE";
    private static final String ROUTINE = "XEXECUTE";
    private static final String TYPE = "UUSAGE";
    private static final String SCHEMA = "UUSAGE CCREATE";

    /** Privilege letters of {@code aclitem} and their names, in the order pg_dump prints them, per object type. */
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("TABLE", TABLE),
            Map.entry("COLUMN", "rSELECT aINSERT xREFERENCES wUPDATE"),
            Map.entry("SEQUENCE", SEQUENCE),
            Map.entry("FUNCTION", ROUTINE),
            Map.entry("PROCEDURE", ROUTINE),
            Map.entry("TYPE", TYPE),
            Map.entry("SCHEMA", SCHEMA),
            Map.entry("TABLES", TABLE),
            Map.entry("SEQUENCES", SEQUENCE),
            Map.entry("FUNCTIONS", ROUTINE),
            Map.entry("TYPES", TYPE),
            Map.entry("SCHEMAS", SCHEMA));

    private record Entry(String grantee, String grantor, String privileges) {

        /** The privilege letters, without the grant-option marks. */
        String letters() {
            return privileges.replace("*", "");
        }
    }

    /** What one statement grants: the names, and whether they are every privilege the object can have. */
    private record Granted(List<String> names, String letters) {}

    private Acl() {}

    /**
     * The statements for an object whose row has {@code acl}, {@code default_acl} (what {@code acldefault()} gives)
     * and {@code owner} columns.
     */
    static List<String> of(String type, String target, Row row) {
        if (row.isNull("acl")) {
            return List.of();
        }
        List<String> defaults = row.list("default_acl");
        String owner = row.text("owner");
        return statements(type, target, null, row.list("acl"), defaults, owner, every(defaults, owner));
    }

    /** A column's ACL: its defaults are empty, and its privileges are named one by one (never ALL). */
    static List<String> column(String target, String column, List<String> acl, String owner) {
        return statements("TABLE", target, column, acl, List.of(), owner, null);
    }

    /**
     * ALTER DEFAULT PRIVILEGES for what {@code role} creates in {@code schema}: a schema's entries add to the
     * built-in defaults, so each one is a grant.
     *
     * @param objectType the pg_default_acl code: r tables, S sequences, f functions, T types, n schemas
     * @param builtIn the built-in defaults for such objects ({@code acldefault()}), which tell what ALL means
     */
    static List<String> defaultPrivileges(
            String role, String schema, String objectType, List<String> acl, List<String> builtIn) {
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + quoteIdentifier(role) + " IN SCHEMA " + schema + " ";
        return statements(defaultObjects(objectType), "", null, acl, List.of(), role, every(builtIn, role)).stream()
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

    /**
     * @param every the letters of every privilege the object can have (its owner's by default, which differ between
     *     server versions), or null where ALL is not written
     */
    private static List<String> statements(
            String type,
            String target,
            String column,
            List<String> acl,
            List<String> defaults,
            String owner,
            String every) {
        List<String> statements = new ArrayList<>();
        for (String item : defaults) {
            if (!acl.contains(item)) {
                statements.add("REVOKE ALL ON " + onClause(type, target) + " FROM " + grantee(parse(item)));
            }
        }
        for (String item : acl) {
            if (!defaults.contains(item)) {
                statements.addAll(grants(type, target, column, parse(item), owner, every));
            }
        }
        return statements;
    }

    private static String every(List<String> defaults, String owner) {
        return defaults.stream()
                .map(Acl::parse)
                .filter(entry -> entry.grantee.equals(owner))
                .map(Entry::letters)
                .findFirst()
                .orElse(null);
    }

    private static List<String> grants(
            String type, String target, String column, Entry entry, String owner, String every) {
        String letters = LETTERS.get(column == null ? type : "COLUMN");
        Granted plain = new Granted(new ArrayList<>(), "");
        Granted withOption = new Granted(new ArrayList<>(), "");
        StringBuilder plainLetters = new StringBuilder();
        StringBuilder optionLetters = new StringBuilder();
        for (String letterAndName : letters.split(" ")) {
            char letter = letterAndName.charAt(0);
            int at = entry.privileges.indexOf(letter);
            if (at < 0) {
                continue;
            }
            boolean grantable = at + 1 < entry.privileges.length() && entry.privileges.charAt(at + 1) == '*';
            String name = letterAndName.substring(1) + (column == null ? "" : "(" + quoteIdentifier(column) + ")");
            (grantable ? withOption : plain).names.add(name);
            (grantable ? optionLetters : plainLetters).append(letter);
        }
        List<String> statements = new ArrayList<>();
        boolean asOwner = entry.grantor.equals(owner);
        if (!asOwner) {
            statements.add("SET SESSION AUTHORIZATION " + quoteIdentifier(entry.grantor));
        }
        String on = " ON " + onClause(type, target) + " TO " + grantee(entry);
        if (!plain.names.isEmpty()) {
            statements.add("GRANT " + list(plain.names, plainLetters.toString(), every) + on);
        }
        if (!withOption.names.isEmpty()) {
            statements.add(
                    "GRANT " + list(withOption.names, optionLetters.toString(), every) + on + " WITH GRANT OPTION");
        }
        if (!asOwner) {
            statements.add("RESET SESSION AUTHORIZATION");
        }
        return statements;
    }

    /** ALL when the letters are every privilege the object can have, as pg_dump writes it; else the names. */
    private static String list(List<String> names, String letters, String every) {
        boolean all = every != null
                && letters.length() == every.length()
                && every.chars().allMatch(letter -> letters.indexOf(letter) >= 0);
        return all ? "ALL" : String.join(",", names);
    }

    private static String onClause(String type, String target) {
        return target.isEmpty() ? type : type + " " + target;
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
