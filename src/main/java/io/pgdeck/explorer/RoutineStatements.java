package io.pgdeck.explorer;

import static io.pgdeck.explorer.Statements.expression;
import static io.pgdeck.explorer.Statements.keyword;
import static io.pgdeck.explorer.Statements.name;
import static io.pgdeck.explorer.Statements.qualified;
import static io.pgdeck.explorer.Statements.type;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pgdeck.sql.ObjectKind;
import io.pgdeck.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The DDL for creating functions (plain or trigger functions) and procedures. */
final class RoutineStatements {

    private static final List<String> MODES = List.of("IN", "OUT", "INOUT", "VARIADIC");
    private static final List<String> VOLATILITIES = List.of("IMMUTABLE", "STABLE", "VOLATILE");

    /** One argument: mode IN (default), OUT, INOUT or VARIADIC; the name may be left out. */
    record Argument(
            String name,
            String type,
            String mode,
            @JsonProperty("default") String defaultValue) {}

    record Create(
            String name,
            List<Argument> arguments,
            String returns,
            Boolean returnsSet,
            String language,
            String body,
            String volatility,
            Boolean strict,
            Boolean securityDefiner,
            Boolean replace,
            String owner,
            String comment) {}

    private RoutineStatements() {}

    static List<String> create(String schema, ObjectKind kind, Create routine) {
        boolean procedure = kind == ObjectKind.PROCEDURES;
        String target = qualified(schema, routine.name());
        String arguments = arguments(routine, true);
        StringBuilder sql = new StringBuilder("CREATE ")
                .append(Boolean.TRUE.equals(routine.replace()) ? "OR REPLACE " : "")
                .append(procedure ? "PROCEDURE " : "FUNCTION ")
                .append(target)
                .append('(')
                .append(arguments)
                .append(')');
        if (!procedure) {
            sql.append(" RETURNS ").append(returns(kind, routine));
        }
        sql.append("\nLANGUAGE ").append(name("language", routine.language()));
        if (!procedure && routine.volatility() != null) {
            sql.append(' ').append(keyword("volatility", routine.volatility(), VOLATILITIES));
        }
        if (!procedure && Boolean.TRUE.equals(routine.strict())) {
            sql.append(" STRICT");
        }
        if (Boolean.TRUE.equals(routine.securityDefiner())) {
            sql.append(" SECURITY DEFINER");
        }
        sql.append("\nAS ").append(dollarQuoted(routine.body()));
        List<String> statements = new ArrayList<>(List.of(sql.toString()));
        // COMMENT ON and ALTER ... OWNER name the routine by its arguments without their defaults.
        String signature = target + "(" + arguments(routine, false) + ")";
        Statements.ownerAndComment(statements, kind.keyword(), signature, routine.owner(), routine.comment());
        return statements;
    }

    private static String arguments(Create routine, boolean withDefaults) {
        if (routine.arguments() == null) {
            return "";
        }
        return routine.arguments().stream()
                .map(argument -> argument(argument, withDefaults))
                .collect(Collectors.joining(", "));
    }

    private static String argument(Argument argument, boolean withDefault) {
        StringBuilder sql = new StringBuilder();
        if (argument.mode() != null && !argument.mode().isBlank()) {
            sql.append(keyword("argument mode", argument.mode(), MODES)).append(' ');
        }
        if (argument.name() != null && !argument.name().isBlank()) {
            sql.append(name("argument name", argument.name())).append(' ');
        }
        sql.append(type("argument", argument.type()));
        if (withDefault
                && argument.defaultValue() != null
                && !argument.defaultValue().isBlank()) {
            sql.append(" DEFAULT ").append(expression("argument default", argument.defaultValue()));
        }
        return sql.toString();
    }

    private static String returns(ObjectKind kind, Create routine) {
        if (kind == ObjectKind.TRIGGER_FUNCTIONS) {
            return "trigger";
        }
        String type = type("return type", routine.returns());
        return Boolean.TRUE.equals(routine.returnsSet()) ? "SETOF " + type : type;
    }

    /** The body between dollar quotes whose tag the body does not contain, so nothing in it can end the quote. */
    static String dollarQuoted(String body) {
        if (body == null || body.isBlank()) {
            throw Problems.badRequest("Give the body of the routine.");
        }
        String tag = "$body$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$body" + i + "$";
        }
        return tag + body + tag;
    }
}
