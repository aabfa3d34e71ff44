package io.pgdeck.query;

import io.pgdeck.sql.SqlStatement;
import io.pgdeck.sql.StatementSplitter;
import io.pgdeck.web.Problems;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.NativeQuery;
import org.postgresql.core.Parser;
import org.springframework.http.HttpStatus;

/**
 * The statements of a script as the server will read them. Where one statement ends depends on the session's
 * standard_conforming_strings, which a statement of the script may change: the rest of the script is split again
 * whenever it did. And each statement is checked to be exactly one command to the driver under that same setting, so
 * that what pgdeck classified is all that runs; the driver sends it in one Parse message, in which the server itself
 * refuses a second command.
 */
final class ServerStatements {

    static final String MORE_THAN_ONE = "42601";
    /** More statements than any script typed or opened in a Query Tool holds; data belongs in Import. */
    static final int MAX_STATEMENTS = 100_000;

    private final String script;
    private final Connection connection;
    private List<SqlStatement> split;
    private boolean standardConformingStrings;
    private int next;
    private int handedOut;

    ServerStatements(String script, Connection connection) throws SQLException {
        this.script = script;
        this.connection = connection;
        this.standardConformingStrings = standardConformingStrings(connection);
        this.split = StatementSplitter.split(script, standardConformingStrings);
        if (split.size() > MAX_STATEMENTS) {
            throw Problems.problem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "Script too large",
                    "This script holds " + split.size() + " statements; a script may hold at most " + MAX_STATEMENTS
                            + ". Run it in parts, or load data with Import.");
        }
    }

    /** The next statement, split under the session's setting as it is now; null after the last. */
    SqlStatement next() throws SQLException {
        boolean now = standardConformingStrings(connection);
        if (now != standardConformingStrings && next > 0) {
            int from = split.get(next - 1).endOffset();
            resplitFrom(from, now);
        }
        if (next >= split.size()) {
            return null;
        }
        SqlStatement statement = split.get(next++);
        return new SqlStatement(handedOut++, statement.text(), statement.startOffset(), statement.endOffset());
    }

    /** A refusal when the driver would send {@code statement} as more than one command, or null. */
    QueryError moreThanOneCommand(SqlStatement statement) throws SQLException {
        int commands = commandCount(statement.text(), standardConformingStrings(connection));
        if (commands <= 1) {
            return null;
        }
        return QueryError.refused(
                statement,
                MORE_THAN_ONE,
                "The server would read this text as " + commands + " statements, not one (standard_conforming_strings"
                        + " is " + (standardConformingStrings(connection) ? "on" : "off") + "): nothing of it ran.");
    }

    private void resplitFrom(int from, boolean now) {
        standardConformingStrings = now;
        // Past the terminating semicolon of the statement already run.
        int rest = script.indexOf(';', from);
        int start = rest < 0 ? script.length() : rest + 1;
        split = StatementSplitter.split(script.substring(start), now).stream()
                .map(each -> new SqlStatement(
                        each.index(), each.text(), each.startOffset() + start, each.endOffset() + start))
                .toList();
        next = 0;
    }

    static int commandCount(String text, boolean standardConformingStrings) throws SQLException {
        List<NativeQuery> queries = Parser.parseJdbcSql(text, standardConformingStrings, false, true, false, false);
        return (int) queries.stream()
                .filter(query -> !StatementSplitter.split(query.nativeSql).isEmpty())
                .count();
    }

    static boolean standardConformingStrings(Connection connection) throws SQLException {
        return connection.unwrap(BaseConnection.class).getStandardConformingStrings();
    }
}
