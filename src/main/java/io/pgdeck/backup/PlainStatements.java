package io.pgdeck.backup;

import io.pgdeck.sql.SqlTokens;
import io.pgdeck.sql.SqlTokens.Lexeme;
import io.pgdeck.sql.StatementClassifier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, statement by statement, what of a plain SQL script pgdeck runs here, with the same rules as for archives
 * ({@link RestorePolicy}). It remembers the schemas the script drops and creates, as psql would meet them.
 */
final class PlainStatements {

    /** What a statement is, and why it is left out if it is. */
    record Decision(String type, String name, Optional<String> leftOut) {}

    /** Commands a SQL script may hold; anything else means the file is not SQL. */
    private static final Set<String> COMMANDS = Set.of(
            "abort",
            "alter",
            "analyze",
            "begin",
            "call",
            "checkpoint",
            "close",
            "cluster",
            "comment",
            "commit",
            "copy",
            "create",
            "deallocate",
            "declare",
            "delete",
            "discard",
            "do",
            "drop",
            "end",
            "execute",
            "explain",
            "fetch",
            "grant",
            "import",
            "insert",
            "listen",
            "load",
            "lock",
            "merge",
            "move",
            "notify",
            "prepare",
            "reassign",
            "refresh",
            "reindex",
            "release",
            "reset",
            "revoke",
            "rollback",
            "savepoint",
            "security",
            "select",
            "set",
            "show",
            "start",
            "table",
            "truncate",
            "unlisten",
            "update",
            "vacuum",
            "values",
            "with");

    private static final Set<String> ROLE_COMMANDS = Set.of(
            "CREATE ROLE",
            "ALTER ROLE",
            "DROP ROLE",
            "CREATE USER",
            "ALTER USER",
            "DROP USER",
            "CREATE GROUP",
            "ALTER GROUP",
            "DROP GROUP");
    private static final Set<String> DATABASE_COMMANDS = Set.of("CREATE DATABASE", "ALTER DATABASE", "DROP DATABASE");
    private static final Set<String> SUPERUSER_COMMANDS = Set.of(
            "CREATE EVENT TRIGGER",
            "CREATE SUBSCRIPTION",
            "CREATE FOREIGN DATA WRAPPER",
            "CREATE LANGUAGE",
            "CREATE ACCESS METHOD");

    private static final Set<String> SKIPPED = Set.of("if", "not", "exists", "only", "into", "on", "from");

    private final RestorePolicy policy;
    private final TargetFacts facts;
    private final Set<String> dropped = new HashSet<>();
    private final Set<String> created = new HashSet<>();

    PlainStatements(RestorePolicy policy, TargetFacts facts) {
        this.policy = policy;
        this.facts = facts;
    }

    /** Whether the statement's first word is one SQL starts with; a file of anything else is not a SQL script. */
    static boolean readsAsSql(List<Lexeme> code) {
        return !code.isEmpty()
                        && code.get(0).kind() == SqlTokens.Kind.WORD
                        && COMMANDS.contains(code.get(0).value())
                || (!code.isEmpty() && code.get(0).text().equals("("));
    }

    Decision decide(String text, List<Lexeme> code) {
        String command = StatementClassifier.classify(text).command();
        String name = name(text, code, command);
        return new Decision(command, name, leftOut(command, text, code, name));
    }

    /** A meta-command line: {@code \connect} is left out; {@code \restrict} is pgdeck's own business; others refused. */
    static Optional<String> metaCommand(String line) {
        String command = line.split("\\s+", 2)[0];
        return switch (command) {
            case "\\connect", "\\c" -> Optional.of("connect");
            case "\\restrict", "\\unrestrict" -> Optional.of("restrict");
            default -> Optional.empty();
        };
    }

    private Optional<String> leftOut(String command, String text, List<Lexeme> code, String name) {
        if (DATABASE_COMMANDS.contains(command) || onDatabase(code)) {
            return Optional.of(policy.aboveSchema());
        }
        if (ROLE_COMMANDS.contains(command)) {
            return policy.multiTenant()
                    ? Optional.of("Roles are the platform's to manage on this shared server.")
                    : Optional.empty();
        }
        if (SUPERUSER_COMMANDS.contains(command)) {
            return policy.superuserOnly(superuserKind(command));
        }
        return switch (command) {
            case "GRANT", "REVOKE", "ALTER DEFAULT PRIVILEGES" ->
                GrantStatement.parse(text).flatMap(grant -> policy.grants(List.of(grant)));
            case "CREATE EXTENSION" -> policy.extension(name);
            case "CREATE SCHEMA" -> createSchema(code, name);
            case "DROP SCHEMA" -> {
                dropped.add(name);
                yield Optional.empty();
            }
            case "COMMENT", "SECURITY LABEL" -> comment(code);
            case "SET" -> set(code);
            case "SELECT" -> largeObjectCreated(code).flatMap(policy::largeObject);
            default -> ownerTo(code).flatMap(policy::ownership);
        };
    }

    private Optional<String> createSchema(List<Lexeme> code, String name) {
        boolean ifNotExists = GrantStatement.startsWith(code, 2, "if not exists");
        boolean existsNow = facts.schemaOwner(name).isPresent() && !dropped.contains(name) || created.contains(name);
        Optional<String> reason = ifNotExists ? Optional.empty() : policy.createSchema(name, existsNow);
        if (reason.isEmpty()) {
            created.add(name);
        }
        return reason;
    }

    /** COMMENT ON DATABASE / EXTENSION / SCHEMA need rights above the schema or ownership; others are kept. */
    private Optional<String> comment(List<Lexeme> code) {
        int on = indexOf(code, "on");
        if (on < 0 || on + 2 >= code.size()) {
            return Optional.empty();
        }
        String target = code.get(on + 2).value();
        if (code.get(on + 1).isWord("extension")) {
            return policy.extensionComment(target);
        }
        if (code.get(on + 1).isWord("schema") && !created.contains(target)) {
            return policy.schemaComment(target);
        }
        return Optional.empty();
    }

    private Optional<String> set(List<Lexeme> code) {
        if (GrantStatement.startsWith(code, 1, "session authorization")) {
            return policy.needsSuperuser().map(reason -> "Switches to another role. " + reason);
        }
        if (GrantStatement.startsWith(code, 1, "role") && code.size() > 2) {
            String role = code.get(2).value();
            if (policy.multiTenant() && !role.equals(facts.role()) && !role.equals("none")) {
                return Optional.of("Would act as role " + role + ", which the team's role may not.");
            }
        }
        return Optional.empty();
    }

    /** pg_dump's {@code SELECT pg_catalog.lo_create('16401')}: the OID of the large object it creates. */
    private static Optional<String> largeObjectCreated(List<Lexeme> code) {
        for (int i = 0; i + 2 < code.size(); i++) {
            if (code.get(i).isWord("lo_create") && code.get(i + 1).text().equals("(")) {
                String literal = code.get(i + 2).text();
                return Optional.of(literal.replace("'", ""));
            }
        }
        return Optional.empty();
    }

    /** ON DATABASE in a COMMENT, SECURITY LABEL, GRANT or REVOKE. */
    private static boolean onDatabase(List<Lexeme> code) {
        int on = indexOf(code, "on");
        return on >= 0 && on + 1 < code.size() && code.get(on + 1).isWord("database");
    }

    /** ALTER ... OWNER TO role: the new owner, when the statement is one. */
    static Optional<String> ownerTo(List<Lexeme> code) {
        int n = code.size();
        if (n < 4 || !code.get(0).isWord("alter")) {
            return Optional.empty();
        }
        boolean ownerTo = code.get(n - 3).isWord("owner") && code.get(n - 2).isWord("to");
        boolean renamedColumn =
                code.get(n - 4).isWord("column") || code.get(n - 4).isWord("rename");
        return ownerTo && !renamedColumn ? Optional.of(code.get(n - 1).value()) : Optional.empty();
    }

    private static String superuserKind(String command) {
        return switch (command) {
            case "CREATE EVENT TRIGGER" -> "EVENT TRIGGER";
            case "CREATE SUBSCRIPTION" -> "SUBSCRIPTION";
            case "CREATE FOREIGN DATA WRAPPER" -> "FOREIGN DATA WRAPPER";
            case "CREATE ACCESS METHOD" -> "ACCESS METHOD";
            default -> "PROCEDURAL LANGUAGE";
        };
    }

    /** The object a statement is about, as far as its words tell: the first (qualified) name after the command. */
    private static String name(String text, List<Lexeme> code, String command) {
        if (command.equals("GRANT") || command.equals("REVOKE") || command.equals("ALTER DEFAULT PRIVILEGES")) {
            return GrantStatement.parse(text).map(PlainStatements::grantName).orElse("");
        }
        int at = command.isEmpty() ? 0 : command.split(" ").length;
        if (command.equals("COMMENT") || command.equals("SECURITY LABEL")) {
            at = indexOf(code, "on") + 2;
        }
        while (at < code.size()
                && code.get(at).kind() == SqlTokens.Kind.WORD
                && SKIPPED.contains(code.get(at).value())) {
            at++;
        }
        if (at < 0 || at >= code.size() || !code.get(at).isName()) {
            return "";
        }
        StringBuilder name = new StringBuilder(code.get(at).value());
        while (at + 2 < code.size()
                && code.get(at + 1).text().equals(".")
                && code.get(at + 2).isName()) {
            name.append('.').append(code.get(at + 2).value());
            at += 2;
        }
        return name.toString();
    }

    /** What a GRANT is on: "SCHEMA public", "TABLE sales.orders", "ROLE", or "TABLES" for default privileges. */
    private static String grantName(GrantStatement grant) {
        List<String> objects =
                grant.objects().stream().map(GrantStatement.ObjectName::sql).toList();
        return (grant.objectType() + " " + String.join(", ", objects)).strip();
    }

    private static int indexOf(List<Lexeme> code, String word) {
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).isWord(word)) {
                return i;
            }
        }
        return -1;
    }
}
