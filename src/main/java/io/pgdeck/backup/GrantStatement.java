package io.pgdeck.backup;

import io.pgdeck.sql.SqlTokens;
import io.pgdeck.sql.SqlTokens.Lexeme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A GRANT or REVOKE (also inside ALTER DEFAULT PRIVILEGES) read far enough to tell whom it gives which rights on what.
 *
 * @param privileges upper case, e.g. SELECT, INSERT, ALL
 * @param objectType upper case, e.g. TABLE (also when the statement leaves it implicit), SCHEMA, ALL TABLES IN SCHEMA,
 *     or TABLES for default privileges
 * @param objects each as written in SQL (for the server to read) and its last part unquoted
 * @param grantees role names; {@code PUBLIC} for everyone
 * @param defaultPrivileges true inside ALTER DEFAULT PRIVILEGES (rights on objects created later)
 * @param forRoles the roles whose default privileges change (FOR ROLE ...); empty for the current role's
 * @param membership true for GRANT role TO role: a membership, not a right on an object
 */
record GrantStatement(
        boolean grant,
        List<String> privileges,
        String objectType,
        List<ObjectName> objects,
        List<String> grantees,
        boolean grantOption,
        boolean defaultPrivileges,
        List<String> forRoles,
        boolean membership) {

    /** A name as the statement writes it, and its schema and name unquoted. */
    record ObjectName(String sql, String schema, String name) {}

    private static final List<String> OBJECT_TYPES = List.of(
            "all tables in schema",
            "all sequences in schema",
            "all functions in schema",
            "all procedures in schema",
            "all routines in schema",
            "foreign data wrapper",
            "foreign server",
            "large object",
            "table",
            "sequence",
            "database",
            "domain",
            "function",
            "procedure",
            "routine",
            "language",
            "schema",
            "tablespace",
            "type",
            "parameter",
            "tables",
            "sequences",
            "functions",
            "routines",
            "types",
            "schemas");
    private static final Set<String> GRANTEE_END = Set.of("with", "granted", "cascade", "restrict");

    /** The statement read as a GRANT or REVOKE, or empty when it is neither. */
    static Optional<GrantStatement> parse(String sql) {
        List<Lexeme> code = SqlTokens.code(sql);
        boolean defaults = startsWith(code, 0, "alter default privileges");
        int verb = defaults ? indexOfWord(code, 3, "grant", "revoke") : 0;
        if (verb < 0
                || verb >= code.size()
                || !(code.get(verb).isWord("grant") || code.get(verb).isWord("revoke"))) {
            return Optional.empty();
        }
        boolean grant = code.get(verb).isWord("grant");
        List<String> forRoles = defaults ? forRoles(code, verb) : List.of();
        int start = verb + 1;
        if (!grant && startsWith(code, start, "grant option for")) {
            start += 3;
        }
        int to = indexOfWord(code, start, grant ? "to" : "from");
        if (to < 0) {
            return Optional.empty();
        }
        int on = indexOfWord(code, start, "on");
        if (on < 0 || on > to) {
            List<String> roles =
                    names(code, start, to).stream().map(ObjectName::name).toList();
            return Optional.of(new GrantStatement(
                    grant, roles, "ROLE", List.of(), grantees(code, to + 1), false, defaults, forRoles, true));
        }
        String type = objectType(code, on + 1);
        int objectsStart = on + 1 + (type.isEmpty() ? 0 : type.split(" ").length);
        return Optional.of(new GrantStatement(
                grant,
                privileges(code, start, on),
                type.isEmpty() ? "TABLE" : type.toUpperCase(Locale.ROOT),
                objectNames(sql, code, objectsStart, to),
                grantees(code, to + 1),
                grant && containsPhrase(code, to + 1, "with grant option"),
                defaults,
                forRoles,
                false));
    }

    /** ALTER DEFAULT PRIVILEGES FOR ROLE a, b IN SCHEMA s GRANT ...: the roles a and b. */
    private static List<String> forRoles(List<Lexeme> code, int verb) {
        int start = startsWith(code, 3, "for role") || startsWith(code, 3, "for user") ? 5 : -1;
        if (start < 0) {
            return List.of();
        }
        int end = start;
        while (end < verb && !code.get(end).isWord("in")) {
            end++;
        }
        return names(code, start, end).stream().map(ObjectName::name).toList();
    }

    /** The first word of each comma-separated privilege; a column list marks a column privilege but keeps the word. */
    private static List<String> privileges(List<Lexeme> code, int from, int to) {
        List<String> privileges = new ArrayList<>();
        for (List<Lexeme> part : split(code, from, to)) {
            if (!part.isEmpty() && part.get(0).kind() == SqlTokens.Kind.WORD) {
                privileges.add(part.get(0).value().toUpperCase(Locale.ROOT));
            }
        }
        return privileges;
    }

    private static String objectType(List<Lexeme> code, int at) {
        return OBJECT_TYPES.stream()
                .filter(phrase -> startsWith(code, at, phrase))
                .findFirst()
                .orElse("");
    }

    private static List<ObjectName> objectNames(String sql, List<Lexeme> code, int from, int to) {
        List<ObjectName> objects = new ArrayList<>();
        for (List<Lexeme> part : split(code, from, to)) {
            if (part.isEmpty()) {
                continue;
            }
            Lexeme first = part.get(0);
            Lexeme last = part.get(part.size() - 1);
            String text =
                    sql.substring(first.offset(), last.offset() + last.text().length());
            List<Lexeme> names = part.stream()
                    .takeWhile(l -> !l.text().equals("("))
                    .filter(Lexeme::isName)
                    .toList();
            String name = names.isEmpty() ? text : names.get(names.size() - 1).value();
            String schema = names.size() > 1 ? names.get(names.size() - 2).value() : null;
            objects.add(new ObjectName(text, schema, name));
        }
        return objects;
    }

    private static List<ObjectName> names(List<Lexeme> code, int from, int to) {
        List<ObjectName> names = new ArrayList<>();
        for (List<Lexeme> part : split(code, from, to)) {
            part.stream()
                    .filter(Lexeme::isName)
                    .reduce((a, b) -> b)
                    .ifPresent(name -> names.add(new ObjectName(name.text(), null, name.value())));
        }
        return names;
    }

    private static List<String> grantees(List<Lexeme> code, int from) {
        int end = from;
        while (end < code.size() && !isGranteeEnd(code.get(end))) {
            end++;
        }
        List<String> grantees = new ArrayList<>();
        for (List<Lexeme> part : split(code, from, end)) {
            List<Lexeme> words = part.stream()
                    .filter(Lexeme::isName)
                    .filter(l -> !l.isWord("group"))
                    .toList();
            if (!words.isEmpty()) {
                Lexeme name = words.get(0);
                grantees.add(name.isWord("public") ? "PUBLIC" : name.value());
            }
        }
        return grantees;
    }

    private static boolean isGranteeEnd(Lexeme lexeme) {
        return lexeme.text().equals(";")
                || (lexeme.kind() == SqlTokens.Kind.WORD && GRANTEE_END.contains(lexeme.value()));
    }

    /** The lexemes between {@code from} and {@code to}, cut at the commas outside parentheses. */
    private static List<List<Lexeme>> split(List<Lexeme> code, int from, int to) {
        List<List<Lexeme>> parts = new ArrayList<>();
        List<Lexeme> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < Math.min(to, code.size()); i++) {
            Lexeme lexeme = code.get(i);
            depth += lexeme.text().equals("(") ? 1 : lexeme.text().equals(")") ? -1 : 0;
            if (depth == 0 && lexeme.text().equals(",")) {
                parts.add(current);
                current = new ArrayList<>();
            } else {
                current.add(lexeme);
            }
        }
        parts.add(current);
        return parts;
    }

    /** The first of {@code words} at parenthesis depth 0 from {@code from}, or -1. */
    private static int indexOfWord(List<Lexeme> code, int from, String... words) {
        int depth = 0;
        for (int i = from; i < code.size(); i++) {
            Lexeme lexeme = code.get(i);
            depth += lexeme.text().equals("(") ? 1 : lexeme.text().equals(")") ? -1 : 0;
            for (String word : words) {
                if (depth == 0 && lexeme.isWord(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean startsWith(List<Lexeme> code, int at, String phrase) {
        String[] words = phrase.split(" ");
        if (at < 0 || at + words.length > code.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!code.get(at + i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsPhrase(List<Lexeme> code, int from, String phrase) {
        for (int i = from; i < code.size(); i++) {
            if (startsWith(code, i, phrase)) {
                return true;
            }
        }
        return false;
    }
}
