package io.pgdeck.explorer;

import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;
import static io.pgdeck.sql.SqlQuoting.quoteLiteral;

import io.pgdeck.sql.StatementSplitter;
import io.pgdeck.web.Problems;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pieces of DDL shared by the object kinds: names quoted by {@link io.pgdeck.sql.SqlQuoting}, and the checks that keep
 * a request's free SQL (a type, a default, a check, a view's query) to the one place it was given for.
 */
final class Statements {

    private static final String IDENTIFIER = "(?:[A-Za-z_][A-Za-z0-9_$]*|\"(?:[^\"]|\"\")+\")";
    /** A type name as written in a column definition: numeric(12,2), timestamp(3) with time zone, text[], s."T". */
    private static final Pattern TYPE = Pattern.compile(IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")?"
            + "(?:\\s+[A-Za-z]+)*"
            + "(?:\\s*\\(\\s*\\d+\\s*(?:,\\s*\\d+\\s*)*\\))?"
            + "(?:\\s+[A-Za-z]+)*"
            + "(?:\\s*\\[\\s*\\d*\\s*\\])*");

    private Statements() {}

    /** A name the request must give; 400 when it is missing. */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badRequest("Give the " + field + ".");
        }
        if (value.indexOf('\0') >= 0) {
            throw Problems.badRequest("The " + field + " cannot hold a NUL character.");
        }
        return quoteIdentifier(value);
    }

    /** schema.name, both quoted; 400 when either is missing. */
    static String qualified(String schema, String name) {
        return name("schema", schema) + "." + name("name", name);
    }

    static String names(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw Problems.badRequest("Give at least one of the " + field + ".");
        }
        return values.stream().map(value -> name(field, value)).collect(Collectors.joining(", "));
    }

    static String type(String field, String value) {
        if (value == null || !TYPE.matcher(value.strip()).matches()) {
            throw Problems.badRequest("'" + value + "' is not a type name the " + field + " can take.");
        }
        return value.strip();
    }

    /**
     * SQL that goes into one clause of a statement, such as a default or a check: one expression, no statement
     * separator and no comment that could hide the rest of the line.
     */
    static String expression(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problems.badRequest("Give the " + field + ".");
        }
        String text = value.strip();
        if (text.endsWith(";") || StatementSplitter.split(text).size() != 1) {
            throw Problems.badRequest("The " + field + " must be a single expression, without ';'.");
        }
        if (text.contains("--") || text.contains("/*")) {
            throw Problems.badRequest("The " + field + " cannot hold a comment.");
        }
        return text;
    }

    /** One of the words the statement allows there, e.g. SET NULL (or setNull) for ON DELETE; 400 otherwise. */
    static String keyword(String field, String value, List<String> allowed) {
        String words = value == null
                ? ""
                : value.strip()
                        .replaceAll("([a-z])([A-Z])", "$1 $2")
                        .replaceAll("[\\s_]+", " ")
                        .toUpperCase(Locale.ROOT);
        if (!allowed.contains(words)) {
            throw Problems.badRequest(
                    "The " + field + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'.");
        }
        return words;
    }

    static String comment(String keyword, String target, String comment) {
        String text = comment == null || comment.isEmpty() ? "NULL" : quoteLiteral(comment);
        return "COMMENT ON " + keyword + " " + target + " IS " + text;
    }

    static String owner(String keyword, String target, String owner) {
        return "ALTER " + keyword + " " + target + " OWNER TO " + name("owner", owner);
    }

    static String rename(String keyword, String target, String newName) {
        return "ALTER " + keyword + " " + target + " RENAME TO " + name("new name", newName);
    }

    static String drop(String keyword, String target, boolean cascade) {
        return "DROP " + keyword + " " + target + (cascade ? " CASCADE" : "");
    }

    /** Owner and comment of an object being created or changed, in that order, when the request gives them. */
    static void ownerAndComment(List<String> statements, String keyword, String target, String owner, String comment) {
        if (owner != null) {
            statements.add(owner(keyword, target, owner));
        }
        if (comment != null) {
            statements.add(comment(keyword, target, comment));
        }
    }
}
