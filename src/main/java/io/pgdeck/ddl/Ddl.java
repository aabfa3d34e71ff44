package io.pgdeck.ddl;

import static io.pgdeck.sql.SqlQuoting.quoteIdentifier;
import static io.pgdeck.sql.SqlQuoting.quoteLiteral;

import io.pgdeck.sql.SqlQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Pieces of DDL text that every kind writes the same way: names, option lists, ownership, comments. */
final class Ddl {

    private Ddl() {}

    static String qualified(String schema, String name) {
        return SqlQuoting.qualified(schema, name);
    }

    static String name(String identifier) {
        return quoteIdentifier(identifier);
    }

    static String literal(String value) {
        return quoteLiteral(value);
    }

    /** Storage parameters ({@code name=value} entries) as pg_dump writes them: {@code fillfactor='70'}. */
    static List<String> storageParameters(List<String> options, String prefix) {
        List<String> written = new ArrayList<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            written.add(prefix + name(option.substring(0, equals)) + "=" + literal(option.substring(equals + 1)));
        }
        return written;
    }

    /** Foreign-data options ({@code name=value} entries) as {@code name 'value'}, one a line. */
    static String foreignOptions(List<String> options, String indent) {
        return options.stream()
                .map(option -> {
                    int equals = option.indexOf('=');
                    return indent + "    " + name(option.substring(0, equals)) + " "
                            + literal(option.substring(equals + 1));
                })
                .collect(Collectors.joining(",\n", "OPTIONS (\n", "\n" + indent + ")"));
    }

    /** Foreign-data options on one line: {@code OPTIONS (name 'value', ...)}. */
    static String inlineOptions(List<String> options) {
        return options.stream()
                .map(option -> {
                    int equals = option.indexOf('=');
                    return name(option.substring(0, equals)) + " " + literal(option.substring(equals + 1));
                })
                .collect(Collectors.joining(", ", "OPTIONS (", ")"));
    }

    /** Adds {@code OPTION = value} to a CREATE's option list when there is a value. */
    static void option(List<String> options, String option, String value) {
        if (value != null) {
            options.add(option + " = " + value);
        }
    }

    static String owner(String keyword, String target, String owner) {
        return "ALTER " + keyword + " " + target + " OWNER TO " + name(owner);
    }

    /** {@code COMMENT ON ...}, or nothing when there is no comment. */
    static List<String> comment(String what, String comment) {
        return comment == null ? List.of() : List.of("COMMENT ON " + what + " IS " + literal(comment));
    }

    /** Removes the semicolon and line breaks that the server's deparsers end some definitions with. */
    static String statement(String definition) {
        String trimmed = definition.stripTrailing();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
