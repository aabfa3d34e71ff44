package io.pgdeck.compare;

import static io.pgdeck.sql.SqlQuoting.qualified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A domain on both sides with another default, NOT NULL or CHECK constraints, changed with ALTER DOMAIN: a domain
 * that columns use cannot be dropped and created again. One with another base type or collation is left to be
 * replaced, which ALTER DOMAIN cannot do.
 *
 * <p>The DDL engine writes a domain as {@code CREATE DOMAIN name AS type [COLLATE c] [DEFAULT expr] [NOT NULL]}, one
 * {@code CONSTRAINT name CHECK (...)} line after it for each valid constraint, and an {@code ALTER DOMAIN ... ADD
 * CONSTRAINT ... NOT VALID} statement of its own for each constraint not validated.
 */
final class DomainAlter {

    private static final String NOT_NULL = " NOT NULL";
    private static final String DEFAULT = " DEFAULT ";
    private static final String CONSTRAINT_LINE = "\n\tCONSTRAINT ";
    private static final String LATER_CONSTRAINT = "\n    ADD CONSTRAINT ";

    private final String head;
    private final String defaultValue;
    private final boolean notNull;
    /** Each constraint's definition by its (quoted) name, {@code NOT VALID} included for one not validated. */
    private final Map<String, String> constraints = new LinkedHashMap<>();

    private DomainAlter(Snapshot.Entry domain) {
        String create = domain.statements().get(0);
        int lines = create.indexOf(CONSTRAINT_LINE);
        String first = lines < 0 ? create : create.substring(0, lines);
        notNull = first.endsWith(NOT_NULL);
        if (notNull) {
            first = first.substring(0, first.length() - NOT_NULL.length());
        }
        int defaultAt = first.indexOf(DEFAULT);
        head = defaultAt < 0 ? first : first.substring(0, defaultAt);
        defaultValue = defaultAt < 0 ? null : first.substring(defaultAt + DEFAULT.length());
        if (lines >= 0) {
            for (String line :
                    create.substring(lines + CONSTRAINT_LINE.length()).split(CONSTRAINT_LINE)) {
                constraint(line);
            }
        }
        laterConstraints(domain)
                .forEach(statement -> constraint(
                        statement.substring(statement.indexOf(LATER_CONSTRAINT) + LATER_CONSTRAINT.length())));
    }

    /** The statements that make the target's domain the other side's, or null when it must be replaced. */
    static List<String> change(String schema, Snapshot.Entry target, Snapshot.Entry wanted) {
        if (!isDomain(target) || !isDomain(wanted)) {
            return null;
        }
        DomainAlter have = new DomainAlter(target);
        DomainAlter want = new DomainAlter(wanted);
        if (!have.head.equals(want.head)) {
            return null;
        }
        String alter = "ALTER DOMAIN " + qualified(schema, target.name());
        List<String> statements = new ArrayList<>();
        have.constraints.forEach((name, definition) -> {
            if (!definition.equals(want.constraints.get(name))) {
                statements.add(alter + " DROP CONSTRAINT " + name + ";");
            }
        });
        if (!Objects.equals(have.defaultValue, want.defaultValue)) {
            statements.add(
                    alter + (want.defaultValue == null ? " DROP DEFAULT;" : " SET DEFAULT " + want.defaultValue + ";"));
        }
        if (have.notNull != want.notNull) {
            statements.add(alter + (want.notNull ? " SET NOT NULL;" : " DROP NOT NULL;"));
        }
        want.constraints.forEach((name, definition) -> {
            if (!definition.equals(have.constraints.get(name))) {
                statements.add(alter + " ADD CONSTRAINT " + name + " " + definition + ";");
            }
        });
        return statements;
    }

    /** The statements after the CREATE that add a constraint not validated: what {@link #change} has taken care of. */
    static List<String> laterConstraints(Snapshot.Entry domain) {
        return domain.statements().stream()
                .skip(1)
                .filter(statement -> statement.startsWith("ALTER DOMAIN ") && statement.contains(LATER_CONSTRAINT))
                .toList();
    }

    private void constraint(String nameAndDefinition) {
        String[] named = TableAlter.named(nameAndDefinition);
        if (named != null) {
            constraints.put(named[0], named[1]);
        }
    }

    private static boolean isDomain(Snapshot.Entry entry) {
        return "DOMAIN".equals(entry.kind())
                && !entry.statements().isEmpty()
                && entry.statements().get(0).startsWith("CREATE DOMAIN ");
    }
}
