package io.pgdeck.compare;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A schema written down object by object, each with its DDL, so that another schema (staging's, production's) can be
 * compared with it later.
 *
 * @param format always {@link #FORMAT}: what tells a snapshot from any other JSON file in storage
 * @param objects in the order that creates them
 */
record Snapshot(String format, int version, String database, String schema, String takenAt, List<Entry> objects) {

    static final String FORMAT = "pgdeck-schema-snapshot";
    static final int VERSION = 1;

    /**
     * One object as pg_dump names it, its statements without semicolons and, for a table, its columns (what ALTER
     * TABLE needs, so that a table is changed rather than recreated). The DDL is written too, for a person reading the
     * file; reading it back takes the statements.
     */
    @JsonIgnoreProperties(value = "ddl", allowGetters = true)
    record Entry(String kind, String name, String owner, List<String> statements, List<Column> columns) {

        Entry {
            statements = statements == null ? List.of() : List.copyOf(statements);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        String key() {
            return kind + " " + name;
        }

        @JsonProperty("ddl")
        String ddl() {
            StringBuilder text = new StringBuilder();
            statements.forEach(statement -> text.append(statement).append(";\n"));
            return text.toString();
        }
    }

    /**
     * A table's column: its type and default as the server prints them with every name qualified. A generated
     * column's expression is its default. An identity is {@code ALWAYS} or {@code BY DEFAULT} (null for none), with
     * its sequence's name in the table's schema and options ({@code START WITH 1, INCREMENT BY 1, ...}). Snapshots
     * written before these were kept read them as absent.
     */
    record Column(
            String name,
            String type,
            String defaultValue,
            boolean notNull,
            boolean generated,
            String identity,
            String identitySequence,
            String identityOptions) {}
}
