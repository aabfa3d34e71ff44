package io.pgdeck.data;

import io.pgdeck.sql.SqlFragments;
import io.pgdeck.sql.SqlQuoting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * SQL text that pgdeck assembles from quoted names and bind parameters only. Every value travels as a text parameter
 * cast to its column's type, so the server parses it exactly as it would parse the same text typed into a cell. For
 * COPY, which takes no parameters, the same statement renders with each value as a quoted literal instead.
 */
final class SqlBuilder {

    /** A piece of the statement, as a prepared statement reads it and as plain SQL text. */
    private record Part(String jdbc, String plain, boolean parameter, String value) {}

    private final List<Part> parts = new ArrayList<>();

    /** Appends SQL text that pgdeck wrote or quoted itself; it holds no {@code ?}. */
    SqlBuilder sql(String text) {
        parts.add(new Part(text, text, false, null));
        return this;
    }

    /** Appends text the user typed, which may hold {@code ?} operators that JDBC would take for parameters. */
    SqlBuilder userText(String text) {
        parts.add(new Part(SqlFragments.escapeJdbcPlaceholders(text), text, false, null));
        return this;
    }

    /** Appends a parameter holding {@code value} (null for NULL) cast to {@code column}'s type. */
    SqlBuilder value(String value, DataColumn column) {
        return typed(value, column.castType());
    }

    /** Appends a parameter holding {@code value} cast to {@code castType}, a type name pgdeck read from the catalog. */
    SqlBuilder typed(String value, String castType) {
        String literal = value == null ? "NULL" : SqlQuoting.quoteLiteral(value);
        parts.add(new Part("?::" + castType, literal + "::" + castType, true, value));
        return this;
    }

    /** Appends another builder's text and parameters. */
    SqlBuilder append(SqlBuilder other) {
        parts.addAll(other.parts);
        return this;
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The text for a prepared statement, with {@code ?} for each value. */
    String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.jdbc()));
        return text.toString();
    }

    /** The text with each value written as a quoted literal, for statements that take no parameters (COPY). */
    String plainText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.plain()));
        return text.toString();
    }

    /**
     * A statement whose results are read as text. pgjdbc would switch a statement it has run five times to a named
     * server-side one with binary results, and then read bytea and arrays differently; these statements vary with
     * every filter anyway, so they stay unnamed and textual.
     */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text());
        try {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            bind(statement);
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    void bind(PreparedStatement statement) throws SQLException {
        int index = 0;
        for (Part part : parts) {
            if (!part.parameter()) {
                continue;
            }
            index++;
            if (part.value() == null) {
                statement.setNull(index, Types.VARCHAR);
            } else {
                statement.setString(index, part.value());
            }
        }
    }
}
